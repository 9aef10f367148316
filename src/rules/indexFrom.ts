// An index updated from the last one (indexUpdate.ts after a role edit or rename, indexAppend.ts
// after a palette add): what both pass through from `previous` unchanged (the answers about sites,
// clusters, links and infrastructure, which an edit of servers alone leaves as they were) and the
// lazily built maps, around the update's own answers. Getters stay getters: spreading an index
// would run its lazy parts, so the own answers are copied by descriptor.
import type { Plan } from '../model/schema.ts';
import type { PlanIndex, RoleServers } from './planIndex.ts';

type Kept = 'plan' | 'sites' | 'clusters' | 'servers' | 'infrastructure' | 'org' | 'globalCatalogs' | 'ofKind' | 'subscriptionsOf' | 'connectionsAt' | 'linksAt' | 'telephony';

/** `plan`'s index: `own` answers, the rest from `previous` (`servers` and `org` built on first use). */
export function indexFrom(
  previous: PlanIndex,
  plan: Plan,
  lazyParts: { servers: () => PlanIndex['servers']; org: () => RoleServers },
  own: Omit<PlanIndex, Kept>,
): PlanIndex {
  const index = {
    plan,
    sites: previous.sites,
    clusters: previous.clusters,
    get servers() {
      return lazyParts.servers();
    },
    get infrastructure() {
      return previous.infrastructure;
    },
    get org() {
      return lazyParts.org();
    },
    globalCatalogs: (siteId: string) => previous.globalCatalogs(siteId),
    ofKind: (kind) => previous.ofKind(kind),
    subscriptionsOf: (serverId) => previous.subscriptionsOf(serverId),
    connectionsAt: (itemId) => previous.connectionsAt(itemId),
    linksAt: (itemId) => previous.linksAt(itemId),
    telephony: previous.telephony,
  } satisfies Pick<PlanIndex, Kept>;
  return Object.defineProperties(index, Object.getOwnPropertyDescriptors(own)) as unknown as PlanIndex;
}
