// The install order after an edit of one server's roles (the inspector's checkboxes, an add role on
// the canvas) or a server added at the end (a palette add), made from the previous order: only that server's site is sorted again, and what
// follows from the groups is read off them, instead of filing and sorting every server. Any other
// edit gets undefined (the order is worked out afresh); either way the result equals
// installOrder(plan) (property test in installOrderUpdate.test.ts).
import type { Link, Plan, Server } from '../model/schema.ts';
import type { DeploymentContext } from './facts.ts';
import { connectorEnds, fromGroups, groupsOf, installRank, type Connector, type InstallOrder } from './installOrder.ts';

const installable = (s: Server) => s.product === 'exchange2007' && s.roles.length > 0;

/**
 * The one server `next` replaced in place (same id), or added at the end (`a` undefined), when the
 * rest of what the order reads is the same objects.
 */
function editedServer(prev: Plan, next: Plan): [Server | undefined, Server] | undefined {
  if (prev.sites !== next.sites || prev.clusters !== next.clusters || prev.links !== next.links) return undefined;
  if (prev.exchange.outlook2003Clients !== next.exchange.outlook2003Clients) return undefined;
  const [a, b] = [prev.servers, next.servers];
  if (b.length === a.length + 1) return a.every((s, i) => s === b[i]) ? [undefined, b[a.length]!] : undefined;
  if (a.length !== b.length) return undefined;
  let found: [Server, Server] | undefined;
  for (let i = 0; i < b.length; i++) {
    if (a[i] === b[i]) continue;
    if (found || a[i]!.id !== b[i]!.id) return undefined;
    found = [a[i]!, b[i]!];
  }
  return found;
}

/**
 * `next`'s install order from `order` (`prev`'s, same context), when `next` changed only the roles of
 * one server or added an Exchange 2007 server at the end, one that no link names, in a plan whose
 * ids are all different; otherwise undefined.
 */
export function updatedOrder(prev: Plan, order: InstallOrder, next: Plan, context: DeploymentContext): InstallOrder | undefined {
  const edit = editedServer(prev, next);
  if (!edit || order.serverIndex.size !== prev.servers.length) return undefined;
  const [a, b] = edit;
  // A server added: a new id, of Exchange 2007 (earlier versions decide the organization's switches).
  const same = a ? a.site === b.site && a.product === b.product && a.cluster === b.cluster : !order.serverIndex.has(b.id) && b.product === 'exchange2007';
  if (!same || next.links.some((l) => l.from === b.id || l.to === b.id)) return undefined;
  const serverIndex = a ? order.serverIndex : new Map(order.serverIndex).set(b.id, next.servers.length - 1);
  const server = (id: string) => next.servers[serverIndex.get(id)!]!;
  const firstLink = new Map<string, Link>();
  for (const l of next.links) if (!firstLink.has(l.id)) firstLink.set(l.id, l);
  const lookup = { get: (id: string) => (serverIndex.has(id) ? server(id) : undefined) };
  const connectors: Connector[] = next.links
    .filter((l) => l.kind === 'routing-group-connector')
    .map((l) => ({ id: l.id, ends: connectorEnds(firstLink.get(l.id), lookup) }));
  const preferredHub = order.legacyRoutingIds.length > 0 ? connectors.find((c) => c.ends)?.ends?.hub : undefined;
  // The edited server's site sorted again: its installable servers by earliest role, the preferred Hub first, then plan order.
  const key = (s: Server) => installRank(s.roles) * 2 + (s.id === preferredHub?.id ? 0 : 1);
  const bySite = new Map(order.groups.map((g) => [g.siteId, g.serverIds]));
  const members = (bySite.get(b.site) ?? []).filter((id) => id !== b.id).concat(installable(b) ? [b.id] : []);
  const entries = members.map((id) => ({ id, key: key(server(id)), at: serverIndex.get(id)! }));
  bySite.set(b.site, entries.sort((x, y) => x.key - y.key || x.at - y.at).map((e) => e.id));
  const groups = groupsOf(next, preferredHub?.site, (siteId) => bySite.get(siteId) ?? []);
  const earlierVersions = order.earlierVersions;
  return { serverIndex, legacyRoutingIds: order.legacyRoutingIds, earlierVersions, ...fromGroups(next, context, groups, server, order.legacyRoutingIds.length, earlierVersions, connectors) };
}
