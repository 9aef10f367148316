// The plan's records by id as the canvas mapping (planToFlow.ts) reads them, kept from one plan to
// the next. An edit's lists are compared with the last ones by identity (an edit replaces only the
// records it changed), so an edit that replaced, added or removed a few records patches the maps and
// names those ids, instead of every record being filed again: a palette add at 1,000 servers files
// one server, not 1,000. The maps always equal those built afresh from the plan (planRecords.test.ts).
import type { Cluster, Infrastructure, Link, Plan, Server, Site } from '../model/index.ts';

type Keyed = { id: string };

/**
 * What a list's patch found: `false` when the new list repeats an id (the map is then built afresh);
 * `shifted`: records came, went or moved (not only replaced in place); `reordered`: records kept in
 * both lists are not in the same order.
 */
type Patched = { shifted: boolean; reordered: boolean } | false;

/**
 * Brings `byId` from the records of `prev` to those of `next` (the last record of an id wins, as in
 * a Map built from the list), adding each id whose record came, went or was replaced to `changed`
 * and each record replaced or gone to `gone`.
 */
export function patchById<T extends Keyed>(prev: readonly T[], next: readonly T[], byId: Map<string, T>, changed: Set<string>, gone: T[]): Patched {
  if (prev === next) return { shifted: false, reordered: false };
  let i = 0;
  // Same ids at the same places: only replaced records (the usual edit, or a list grown at its end).
  for (const n = Math.min(prev.length, next.length); i < n; i++) {
    const a = next[i]!;
    const b = prev[i]!;
    if (a === b) continue;
    if (a.id !== b.id) break;
    changed.add(a.id);
    gone.push(b);
    byId.set(a.id, a);
  }
  let reordered = false;
  const shifted = i < prev.length || i < next.length;
  if (shifted) {
    // The rest by id: ids of the rest of `next` are not among the ids before `i` (each list holds an id once).
    const rest = new Map<string, number>();
    for (let k = i; k < next.length; k++) {
      const a = next[k]!;
      if (rest.has(a.id)) return rebuilt(next, byId, prev, changed);
      rest.set(a.id, k);
      const b = byId.get(a.id);
      if (b === a) continue;
      changed.add(a.id);
      if (b) gone.push(b);
      byId.set(a.id, a);
    }
    let last = -1;
    for (let k = i; k < prev.length; k++) {
      const b = prev[k]!;
      const at = rest.get(b.id);
      if (at === undefined) {
        changed.add(b.id);
        gone.push(b);
        byId.delete(b.id);
      } else if (at < last) reordered = true;
      else last = at;
    }
  }
  return byId.size === next.length ? { shifted, reordered } : rebuilt(next, byId, prev, changed);
}

/** A list that repeats an id: its map built afresh, every id of both lists changed. */
function rebuilt<T extends Keyed>(next: readonly T[], byId: Map<string, T>, prev: readonly T[], changed: Set<string>): false {
  byId.clear();
  for (const item of next) byId.set(item.id, item);
  for (const item of prev) changed.add(item.id);
  for (const item of next) changed.add(item.id);
  return false;
}

/** What changed between the last plan filed and this one, for the mapping to look at again. */
export interface RecordChanges {
  /** Everything (the first plan, or a list that repeats an id): every item and link is looked at again. */
  all: boolean;
  /** Items whose record, cluster facts (node count, first node, standby) or witness role may differ. */
  items: Set<string>;
  /** Links whose record or the name of an end may differ. */
  links: Set<string>;
  /** The links list changed other than by records replaced in place (links came, went or moved). */
  linkOrder: boolean;
  /** Clusters changed, or servers came or went: the witness lines are looked at again. */
  witnesses: boolean;
}

export interface PlanRecords {
  sites: Map<string, Site>;
  servers: Map<string, Server>;
  clusters: Map<string, Cluster>;
  infra: Map<string, Infrastructure>;
  /** Each cluster's first node (in the plan's server order) and node count. */
  firstNode: Map<string, string>;
  nodeCount: Map<string, number>;
  /** The name of the cluster each file share witness server serves (the last such cluster). */
  witnessOf: Map<string, string>;
  /** Files `plan`, returning what changed since the last plan filed. */
  update(plan: Plan): RecordChanges;
}

export function createPlanRecords(): PlanRecords {
  let last: Plan | undefined;
  const linksById = new Map<string, Link>();
  /** Link ids by the id of the item at either end. */
  const linksAt = new Map<string, Set<string>>();
  const file = (link: Link, add: boolean) => {
    for (const end of [link.from, link.to]) {
      let ids = linksAt.get(end);
      if (add) {
        if (!ids) linksAt.set(end, (ids = new Set()));
        ids.add(link.id);
      } else if (ids?.delete(link.id) && ids.size === 0) linksAt.delete(end);
    }
  };
  const self: PlanRecords = {
    sites: new Map(),
    servers: new Map(),
    clusters: new Map(),
    infra: new Map(),
    firstNode: new Map(),
    nodeCount: new Map(),
    witnessOf: new Map(),
    update(plan) {
      const prev = last;
      last = plan;
      const items = new Set<string>();
      const empty: never[] = [];
      const unused: Keyed[] = [];
      const goneServers: Server[] = [];
      const goneLinks: Link[] = [];
      const clusterIds = new Set<string>();
      const serverIds = new Set<string>();
      const linkIds = new Set<string>();
      const sites = patchById(prev?.sites ?? empty, plan.sites, self.sites, items, unused);
      const infra = patchById(prev?.infrastructure ?? empty, plan.infrastructure, self.infra, items, unused);
      const clusters = patchById(prev?.clusters ?? empty, plan.clusters, self.clusters, clusterIds, unused);
      const servers = patchById(prev?.servers ?? empty, plan.servers, self.servers, serverIds, goneServers);
      const links = patchById(prev?.links ?? empty, plan.links, linksById, linkIds, goneLinks);
      const all = !prev || !sites || !infra || !clusters || !servers || !links;
      for (const id of clusterIds) items.add(id);
      for (const id of serverIds) items.add(id);
      // Cluster facts: worked out again when a clustered server or a cluster changed, or servers moved.
      const touched = new Set<string>(clusterIds);
      for (const s of goneServers) if (s.cluster !== undefined) touched.add(s.cluster);
      for (const id of serverIds) {
        const cluster = self.servers.get(id)?.cluster;
        if (cluster !== undefined) touched.add(cluster);
      }
      const reordered = all || servers.reordered;
      if (reordered || touched.size > 0) {
        self.firstNode.clear();
        self.nodeCount.clear();
        for (const s of plan.servers)
          if (s.cluster) {
            if (!self.firstNode.has(s.cluster)) self.firstNode.set(s.cluster, s.id);
            self.nodeCount.set(s.cluster, (self.nodeCount.get(s.cluster) ?? 0) + 1);
            if (reordered || touched.has(s.cluster)) items.add(s.id);
          }
        for (const id of touched) items.add(id);
      }
      if (all || clusterIds.size > 0) {
        const before = self.witnessOf;
        const after = new Map<string, string>();
        for (const c of plan.clusters) if (c.witness) after.set(c.witness, c.name);
        for (const [id, name] of before) if (after.get(id) !== name) items.add(id);
        for (const [id, name] of after) if (before.get(id) !== name) items.add(id);
        self.witnessOf = after;
      }
      if (all) {
        linksAt.clear();
        for (const link of plan.links) file(link, true);
      } else {
        for (const link of goneLinks) file(link, false);
        for (const id of linkIds) {
          const link = linksById.get(id);
          if (link) file(link, true);
        }
      }
      // A link names its ends: an item whose record changed (or came or went) renames the links at it.
      for (const id of items) for (const link of linksAt.get(id) ?? []) linkIds.add(link);
      return {
        all,
        items,
        links: linkIds,
        linkOrder: all || links.shifted,
        witnesses: all || clusterIds.size > 0 || servers.shifted,
      };
    },
  };
  return self;
}
