// What an edit changed in the plan's lists, for the layout update (layoutUpdate.ts): the records
// that were replaced in place, and the servers and infrastructure items that came or went (a palette
// add, a delete, their undo and redo). Items come and go inside containers that stay; everything
// else (a site or cluster added or removed, an item re-parented, a list reordered) gives undefined,
// and the layout is resolved afresh.
import type { Plan } from '../model/schema.ts';
import { INFRA_HEIGHT, INFRA_WIDTH, SERVER_WIDTH, serverHeight, type Box } from './boxSizes.ts';

type Rec = { id: string };

/** Two lists of one collection: records replaced in place, records added, ids removed. */
interface ListDiff<T extends Rec> {
  replaced: [T, T][];
  added: T[];
  removed: T[];
}

/**
 * How `after` was made from `before`: the same ids in the same order, with some records taken out
 * and some put in (undefined when a kept record moved in the list, or an id is there twice).
 */
export function listDiff<T extends Rec>(before: readonly T[], after: readonly T[]): ListDiff<T> | undefined {
  const out: ListDiff<T> = { replaced: [], added: [], removed: [] };
  if (before === after) return out;
  let start = 0;
  while (start < before.length && start < after.length && before[start]!.id === after[start]!.id) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end]!.id === after[after.length - 1 - end]!.id) end++;
  const pair = (a: T, b: T) => a !== b && out.replaced.push([a, b]);
  for (let i = 0; i < start; i++) pair(before[i]!, after[i]!);
  for (let i = 1; i <= end; i++) pair(before[before.length - i]!, after[after.length - i]!);
  const was = before.slice(start, before.length - end);
  const now = after.slice(start, after.length - end);
  if (was.length === 0 && now.length === 0) return out;
  const wasIds = new Set(was.map((r) => r.id));
  const nowIds = new Set(now.map((r) => r.id));
  if (wasIds.size !== was.length || nowIds.size !== now.length) return undefined;
  const keptWas = was.filter((r) => nowIds.has(r.id));
  const keptNow = now.filter((r) => wasIds.has(r.id));
  if (keptWas.some((r, i) => r.id !== keptNow[i]!.id)) return undefined;
  keptWas.forEach((r, i) => pair(r, keptNow[i]!));
  out.added = now.filter((r) => !wasIds.has(r.id));
  out.removed = was.filter((r) => !nowIds.has(r.id));
  return out;
}

export interface Members {
  /** Boxes of the items added: their kind, container and size (placed by the update). */
  added: Map<string, Box>;
  removed: Set<string>;
  /** Each container whose children came or went: its children as the resolution lists them (clusters first). */
  kids: Map<string, string[]>;
  /** Each child's index among its container's children, for those containers. */
  slot: Map<string, number>;
}

const isContainer = (box: Box | undefined) => box?.kind === 'site' || box?.kind === 'cluster';

/**
 * The items `plan` adds to and removes from the plan resolved in `byId` (whose children per
 * container are `kids`, clusters first as in the resolution), or undefined when it is not such an
 * edit. A server goes in its cluster, else its site; an item outside any container, or a cluster
 * that would change site, is left to a fresh resolve.
 */
export function membersOf(
  byId: ReadonlyMap<string, Box>,
  kids: ReadonlyMap<string, readonly string[]>,
  plan: Plan,
  servers: { added: readonly Plan['servers'][number][]; removed: readonly Rec[] },
  infrastructure: { added: readonly Plan['infrastructure'][number][]; removed: readonly Rec[] },
): Members | undefined {
  const serverParent = (s: Plan['servers'][number]) => (s.cluster !== undefined && byId.get(s.cluster)?.kind === 'cluster' ? s.cluster : s.site);
  const added = new Map<string, Box>();
  const removed = new Set<string>();
  const affected = new Set<string>();
  const add = (id: string, kind: 'server' | 'infrastructure', parent: string | undefined, height: number) => {
    if (parent === undefined || !isContainer(byId.get(parent)) || byId.has(id) || added.has(id)) return false;
    affected.add(parent);
    added.set(id, { id, kind, parent, x: 0, y: 0, absX: 0, absY: 0, width: kind === 'server' ? SERVER_WIDTH : INFRA_WIDTH, height });
    return true;
  };
  const remove = (id: string, kind: 'server' | 'infrastructure') => {
    const box = byId.get(id);
    if (box?.kind !== kind || box.parent === undefined) return false;
    affected.add(box.parent);
    removed.add(id);
    return true;
  };
  for (const s of servers.added) if (!add(s.id, 'server', serverParent(s), serverHeight(s))) return undefined;
  for (const i of infrastructure.added) if (!add(i.id, 'infrastructure', i.site, INFRA_HEIGHT)) return undefined;
  for (const r of servers.removed) if (!remove(r.id, 'server')) return undefined;
  for (const r of infrastructure.removed) if (!remove(r.id, 'infrastructure')) return undefined;
  for (const id of added.keys()) if (removed.has(id)) return undefined;

  const leaves = appendedLeaves(byId, kids, plan, servers, infrastructure, affected, serverParent) ?? walkedLeaves(byId, plan, affected, serverParent);
  if (!leaves) return undefined;
  const out: Members = { added, removed, kids: new Map(), slot: new Map() };
  for (const [c, list] of leaves) {
    const clusters = (kids.get(c) ?? []).filter((id) => byId.get(id)!.kind === 'cluster');
    out.kids.set(c, [...clusters, ...list]);
    list.forEach((id, i) => out.slot.set(id, i));
    clusters.forEach((id, i) => out.slot.set(id, list.length + i));
  }
  return out;
}

type ServerRec = Plan['servers'][number];

/**
 * The children of each container touched, in plan order (servers, then infrastructure), from a
 * walk of the plan; undefined when a touched cluster's nodes would no longer share the site it is
 * drawn in (a cluster is drawn in the site its nodes share, and must not change site here).
 */
function walkedLeaves(byId: ReadonlyMap<string, Box>, plan: Plan, affected: ReadonlySet<string>, parentOf: (s: ServerRec) => string | undefined) {
  const leaves = new Map([...affected].map((c) => [c, [] as string[]]));
  const siteOf = new Map<string, string | undefined>();
  for (const s of plan.servers) {
    const parent = parentOf(s);
    if (parent !== undefined) leaves.get(parent)?.push(s.id);
    if (s.cluster === undefined || !affected.has(s.cluster)) continue;
    if (!siteOf.has(s.cluster)) siteOf.set(s.cluster, s.site);
    else if (siteOf.get(s.cluster) !== s.site) siteOf.set(s.cluster, undefined);
  }
  for (const i of plan.infrastructure) if (i.site !== undefined) leaves.get(i.site)?.push(i.id);
  for (const c of affected) if (byId.get(c)!.kind === 'cluster' && siteOf.get(c) !== byId.get(c)!.parent) return undefined;
  return leaves;
}

/**
 * The same, without a walk of the plan, when items were only added, at the end of their lists (a
 * palette add): each touched container's old children in their order, then the new ones. A touched
 * cluster must be drawn in a site and each new node be in it (else the walk decides). Undefined
 * when that is not the case.
 */
function appendedLeaves(
  byId: ReadonlyMap<string, Box>,
  kids: ReadonlyMap<string, readonly string[]>,
  plan: Plan,
  servers: { added: readonly ServerRec[]; removed: readonly Rec[] },
  infrastructure: { added: readonly Plan['infrastructure'][number][]; removed: readonly Rec[] },
  affected: ReadonlySet<string>,
  parentOf: (s: ServerRec) => string | undefined,
) {
  const atEnd = <T,>(list: readonly T[], tail: readonly T[]) => tail.every((x, k) => list[list.length - tail.length + k] === x);
  if (servers.removed.length + infrastructure.removed.length > 0 || !atEnd(plan.servers, servers.added) || !atEnd(plan.infrastructure, infrastructure.added)) return undefined;
  const leaves = new Map<string, string[]>();
  for (const c of affected) {
    const box = byId.get(c)!;
    if (box.kind === 'cluster' && (box.parent === undefined || servers.added.some((s) => parentOf(s) === c && s.site !== box.parent))) return undefined;
    const old = kids.get(c) ?? [];
    const ofKind = (kind: Box['kind']) => old.filter((id) => byId.get(id)!.kind === kind);
    const newServers = servers.added.filter((s) => parentOf(s) === c).map((s) => s.id);
    const newItems = infrastructure.added.filter((i) => i.site === c).map((i) => i.id);
    leaves.set(c, [...ofKind('server'), ...newServers, ...ofKind('infrastructure'), ...newItems]);
  }
  return leaves;
}
