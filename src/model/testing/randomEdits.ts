// Random edits through the model's own edit functions, for property tests: a pick of numbers is
// turned into one edit of whatever plan it meets, so every replica can run the same generator.
import fc from 'fast-check';
import {
  addCluster,
  addInfrastructure,
  addLink,
  addRole,
  addServer,
  addSite,
  duplicateServers,
  moveInfrastructureToSite,
  moveServerToSite,
  newId,
  nextComputerName,
  removeItems,
  removeRole,
  renameItem,
  ROLES,
  setPosition,
  setServerCluster,
  updateCluster,
  updatePlan,
  updateServer,
  type Plan,
} from '../index.ts';

export interface EditPick {
  kind: number;
  a: number;
  b: number;
  c: number;
}

export const KINDS = 18;
export const editPick = fc.record({ kind: fc.nat(KINDS - 1), a: fc.nat(999), b: fc.nat(999), c: fc.nat(999) });

const at = <T>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const items = (p: Plan) => [...p.sites, ...p.servers, ...p.clusters, ...p.infrastructure];

/** The edit a pick stands for; kind 17 is "undo", which the caller runs on its document. */
export function randomEdit({ kind, a, b, c }: EditPick): (plan: Plan) => Plan {
  return (p) => {
    const server = at(p.servers, a);
    const site = at(p.sites, b);
    switch (kind) {
      case 0:
        return addServer(p, { id: newId(p, 'server'), name: nextComputerName(p), roles: [ROLES[b % 5]!], ...(site ? { site: site.id } : {}) }, { x: b, y: c });
      case 1:
        return addSite(p, { id: newId(p, 'site'), name: `Site ${c}`, kind: c % 4 ? 'ad-site' : 'perimeter' }, { x: a, y: b, width: 400, height: 300 });
      case 2: {
        const all = [...items(p), ...p.links];
        const gone = at(all, a);
        return gone ? removeItems(p, [gone.id]) : p;
      }
      case 3:
        return server ? addRole(p, server.id, ROLES[b % 5]!) : p;
      case 4:
        return server && server.roles.length ? removeRole(p, server.id, at(server.roles, b)!) : p;
      case 5:
        return server ? updateServer(p, server.id, b % 2 ? { os: (['windows2003', 'windows2008', 'windows2008r2'] as const)[c % 3] } : { arch: c % 2 ? 'x86' : 'x64' }) : p;
      case 6: {
        const item = at(items(p), a);
        return item ? renameItem(p, item.id, `N${c}`) : p;
      }
      case 7:
        return server ? moveServerToSite(p, server.id, c % 3 ? site?.id : undefined) : p;
      case 8: {
        const item = at(items(p), a);
        return item ? setPosition(p, item.id, { x: b, y: c }) : p;
      }
      case 9: {
        const from = at(items(p), a);
        const to = at(items(p), b);
        if (!from || !to || from.id === to.id) return p;
        return addLink(p, { id: newId(p, 'link'), kind: 'connection', from: from.id, to: to.id });
      }
      case 10:
        return server ? addCluster(p, { id: newId(p, 'cluster'), name: nextComputerName(p, 'CMS'), type: c % 2 ? 'CCR' : 'SCC' }, [server.id]) : p;
      case 11: {
        const cluster = at(p.clusters, b);
        return server ? setServerCluster(p, server.id, c % 3 ? cluster?.id : undefined) : p;
      }
      case 12:
        return updatePlan(p, { name: `Plan ${c}`, ...(b % 2 ? { organizationName: `Org${b}` } : {}) });
      case 13: {
        const cluster = at(p.clusters, a);
        const witness = at(p.servers, b);
        return cluster && witness ? updateCluster(p, cluster.id, { witness: witness.id }) : p;
      }
      case 14:
        return server ? duplicateServers(p, [server]).plan : p;
      case 15:
        return addInfrastructure(p, { id: newId(p, 'dc'), kind: 'domain-controller', name: nextComputerName(p, 'DC'), ...(site ? { site: site.id } : {}) });
      case 16: {
        if (!server) return p;
        return updateServer(p, server.id, c % 2 ? { globalCatalog: true } : { domainController: false });
      }
      default: {
        const infra = at(p.infrastructure, a);
        return infra ? moveInfrastructureToSite(p, infra.id, site?.id, { x: b, y: c }) : p;
      }
    }
  };
}
