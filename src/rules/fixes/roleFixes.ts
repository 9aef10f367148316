// Quick fixes for roles on one computer: move roles to a new server, or a server to a better site.
import {
  addRole,
  addSite,
  moveClusterToSite,
  moveServerToSite,
  newId,
  updateLink,
} from '../../model/edits.ts';
import { listRoles } from '../../model/labels.ts';
import type { Plan, Role, Server, Site } from '../../model/schema.ts';
import type { FixMaker } from '../fixes.ts';
import type { PlanIndex } from '../planIndex.ts';
import type { QuickFix } from '../types.ts';
import { nextServer, withRolesMoved } from './newServer.ts';
import { nameOf } from '../words.ts';

const INTERNAL: readonly Role[] = ['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging'];
const sitesOfKind = (ix: PlanIndex, kind: Site['kind']) => ix.plan.sites.filter((s) => s.kind === kind);
const where = (site: Site | undefined) => (site ? ` in ${nameOf(site.name)}` : '');

/** The AD site for roles leaving an Edge server: the one it subscribes to, else the first. */
function internalSiteFor(ix: PlanIndex, edge: Server): Site | undefined {
  const subscribed = ix.linksAt(edge.id).find((l) => l.kind === 'edge-subscription' && l.from === edge.id);
  const site = subscribed && ix.sites.get(subscribed.to);
  return site?.kind === 'ad-site' ? site : sitesOfKind(ix, 'ad-site')[0];
}

/** Keeps the internal roles where they are and moves Edge Transport (and its subscriptions) out. */
function moveEdgeOut(ix: PlanIndex, server: Server): QuickFix {
  const perimeter = sitesOfKind(ix, 'perimeter')[0];
  const { name } = nextServer(ix.plan, 'EDGE');
  return {
    label: `Move Edge Transport to a new server ${name}${perimeter ? ` in ${nameOf(perimeter.name)}` : ' (not yet placed)'}`,
    apply: (plan) => {
      const { id } = nextServer(plan, 'EDGE');
      let next = withRolesMoved(plan, server.id, ['EdgeTransport'], { site: perimeter?.id, prefix: 'EDGE' });
      for (const l of plan.links)
        if (l.kind === 'edge-subscription' && l.from === server.id)
          next = updateLink(next, l.id, { from: id });
      return next;
    },
  };
}

/** Moves the internal roles of a server onto a new server in an Active Directory site. */
function moveInternalRolesOut(ix: PlanIndex, server: Server, roles: readonly Role[]): QuickFix {
  const site = internalSiteFor(ix, server);
  const { name } = nextServer(ix.plan);
  return {
    label: `Move ${listRoles(roles)} to a new server ${name}${where(site)}`,
    apply: (plan) => withRolesMoved(plan, server.id, roles, { site: site?.id }),
  };
}

/** Moves a server, or its whole cluster, into a site. */
function placeIn(server: Server, site: Site, verb = 'Move'): QuickFix {
  if (server.cluster !== undefined)
    return {
      label: `${verb} all nodes of its cluster to ${nameOf(site.name)}`,
      apply: (plan) => moveClusterToSite(plan, server.cluster!, site.id),
    };
  return {
    label: `${verb} ${nameOf(server.name)} to ${nameOf(site.name)}`,
    apply: (plan) => moveServerToSite(plan, server.id, site.id),
  };
}

const serverOf = (ix: PlanIndex, id: string | undefined) => (id === undefined ? undefined : ix.server(id));

export const ROLE_FIXES: Record<string, FixMaker> = {
  // In the perimeter the server is meant as the Edge: keep it, move the rest inside. Otherwise the
  // server is an internal one that was given Edge by mistake: keep the rest, move the Edge out.
  'edge-alone': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    if (!s) return [];
    const others = s.roles.filter((r) => r !== 'EdgeTransport');
    const inPerimeter = s.site !== undefined && ix.sites.get(s.site)?.kind === 'perimeter';
    return [inPerimeter ? moveInternalRolesOut(ix, s, others) : moveEdgeOut(ix, s)];
  },
  'edge-outside-forest': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    if (!s) return [];
    if (s.roles.some((r) => r !== 'EdgeTransport')) return [moveEdgeOut(ix, s)];
    const perimeters = sitesOfKind(ix, 'perimeter');
    if (perimeters.length === 1) return [placeIn(s, perimeters[0]!)];
    if (perimeters.length > 1) return [];
    return [
      {
        label: `Add a perimeter network and move ${nameOf(s.name)} into it`,
        apply: (plan: Plan) => {
          const id = newId(plan, 'site');
          return moveServerToSite(
            addSite(plan, { id, name: 'Perimeter network', kind: 'perimeter' }),
            s.id,
            id,
          );
        },
      },
    ];
  },
  'role-needs-forest': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    if (!s) return [];
    if (s.roles.includes('EdgeTransport'))
      return [
        moveInternalRolesOut(
          ix,
          s,
          s.roles.filter((r) => INTERNAL.includes(r)),
        ),
      ];
    const adSites = sitesOfKind(ix, 'ad-site');
    return adSites.length === 1 ? [placeIn(s, adSites[0]!)] : [];
  },
  'cluster-mailbox-only': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    if (!s) return [];
    const others = s.roles.filter((r) => r !== 'Mailbox');
    const { name } = nextServer(ix.plan);
    return [
      {
        label: `Move ${listRoles(others)} to a new server ${name}`,
        apply: (plan) => withRolesMoved(plan, s.id, others, { site: s.site }),
      },
    ];
  },
  'cluster-node-mailbox': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    return s ? [{ label: `Add Mailbox to ${nameOf(s.name)}`, apply: (plan) => addRole(plan, s.id, 'Mailbox') }] : [];
  },
  'legacy-no-2007-roles': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    if (!s) return [];
    const { name } = nextServer(ix.plan);
    return [
      {
        label: `Move ${listRoles(s.roles)} to a new Exchange 2007 server ${name}`,
        apply: (plan) => withRolesMoved(plan, s.id, s.roles, { site: s.site }),
      },
    ];
  },
  // Place only when one site is the obvious home: the cluster's, or the only site of the right kind.
  'server-unplaced': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    if (!s) return [];
    const clusterSites = new Set(
      ix.nodes(s.cluster ?? '').flatMap((n) => (n.site === undefined ? [] : [n.site])),
    );
    let candidates: Site[];
    if (clusterSites.size > 0) candidates = [...clusterSites].flatMap((id) => ix.sites.get(id) ?? []);
    else if (s.roles.length === 1 && s.roles[0] === 'EdgeTransport')
      candidates = sitesOfKind(ix, 'perimeter');
    else if (s.roles.includes('EdgeTransport')) candidates = [];
    else candidates = sitesOfKind(ix, 'ad-site');
    const [only] = candidates;
    return candidates.length === 1 && only
      ? [{ label: `Place ${nameOf(s.name)} in ${nameOf(only.name)}`, apply: (plan) => moveServerToSite(plan, s.id, only.id) }]
      : [];
  },
};
