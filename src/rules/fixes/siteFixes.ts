// Quick fixes for sites and links: add the missing server, global catalog, subscription or link.
import {
  addInfrastructure,
  addLink,
  addRole,
  newId,
  nextComputerName,
  removeItems,
  updateLink,
} from '../../model/edits.ts';
import { listRoles, ROLE_LABEL } from '../../model/labels.ts';
import type { LinkKind, Plan, Role, Site } from '../../model/schema.ts';
import type { FixMaker } from '../fixes.ts';
import type { PlanIndex } from '../planIndex.ts';
import type { QuickFix } from '../types.ts';
import { nextServer, withNewServer } from './newServer.ts';
import { nameOf } from '../words.ts';

const adSite = (ix: PlanIndex, id: string | undefined) => {
  const site = id === undefined ? undefined : ix.sites.get(id);
  return site?.kind === 'ad-site' ? site : undefined;
};

const link = (plan: Plan, kind: LinkKind, from: string, to: string) =>
  addLink(plan, { id: newId(plan, 'link'), kind, from, to });

/** The one Active Directory site with a Hub Transport server, when there is exactly one. */
function onlyHubSite(ix: PlanIndex): Site | undefined {
  const sites = ix.plan.sites.filter(
    (s) => s.kind === 'ad-site' && ix.inSite(s.id, 'HubTransport').length > 0,
  );
  return sites.length === 1 ? sites[0] : undefined;
}

function addServerTo(ix: PlanIndex, site: Site, role: Role, second = false): QuickFix {
  const { name } = nextServer(ix.plan);
  return {
    label: `Add ${second ? 'a second' : 'a'} ${ROLE_LABEL[role]} server ${name} to ${nameOf(site.name)}`,
    apply: (plan) => withNewServer(plan, { roles: [role], site: site.id }),
  };
}

/** A new server for the role, and, when the site has a standalone server of `host`, the role on it. */
function partnerFixes(ix: PlanIndex, siteId: string | undefined, host: Role, role: Role): QuickFix[] {
  const site = adSite(ix, siteId);
  if (!site) return [];
  const fixes = [addServerTo(ix, site, role)];
  const candidate = ix
    .inSite(site.id, host)
    .find((s) => s.cluster === undefined && !s.roles.includes('EdgeTransport'));
  if (candidate)
    fixes.push({
      label: `Add ${ROLE_LABEL[role]} to ${nameOf(candidate.name)}`,
      apply: (plan) => addRole(plan, candidate.id, role),
    });
  return fixes;
}

function second(ix: PlanIndex, siteId: string | undefined, role: Role): QuickFix[] {
  const site = adSite(ix, siteId);
  return site ? [addServerTo(ix, site, role, true)] : [];
}

export const SITE_FIXES: Record<string, FixMaker> = {
  'site-needs-hub': (ix, f) => partnerFixes(ix, f.subjects[0], 'Mailbox', 'HubTransport'),
  'site-needs-cas': (ix, f) => partnerFixes(ix, f.subjects[0], 'Mailbox', 'ClientAccess'),
  'um-needs-hub': (ix, f) => partnerFixes(ix, f.subjects[0], 'UnifiedMessaging', 'HubTransport'),
  'single-hub': (ix, f) => second(ix, f.subjects[0], 'HubTransport'),
  'single-cas': (ix, f) => second(ix, f.subjects[0], 'ClientAccess'),
  'org-core-roles': (ix) => {
    const missing = (['Mailbox', 'ClientAccess', 'HubTransport'] as const).filter(
      (r) => ix.roleCount[r] === 0,
    );
    const site = ix.plan.sites.find((s) => s.kind === 'ad-site');
    const { name } = nextServer(ix.plan);
    return [
      {
        label: `Add a server ${name} with ${listRoles(missing)}${site ? ` to ${nameOf(site.name)}` : ''}`,
        apply: (plan) => withNewServer(plan, { roles: missing, site: site?.id }),
      },
    ];
  },
  'site-needs-gc': (ix, f) => {
    const site = adSite(ix, f.subjects[0]);
    if (!site) return [];
    const name = nextComputerName(ix.plan, 'DC');
    return [
      {
        label: `Add a global catalog ${name} to ${nameOf(site.name)}`,
        apply: (plan) =>
          addInfrastructure(plan, {
            id: newId(plan, 'dc'),
            kind: 'domain-controller',
            name: nextComputerName(plan, 'DC'),
            site: site.id,
            globalCatalog: true,
            os: 'windows2003',
          }),
      },
    ];
  },
  'edge-subscription-hub': (ix, f) => {
    const [linkId, siteId] = f.subjects;
    const site = adSite(ix, siteId);
    const hubSite = onlyHubSite(ix);
    const fixes = site ? [addServerTo(ix, site, 'HubTransport')] : [];
    const l = linkId === undefined ? undefined : ix.plan.links.find((x) => x.id === linkId);
    if (l && hubSite)
      fixes.push({
        label: `Subscribe ${ix.name(l.from)} to ${nameOf(hubSite.name)} instead`,
        apply: (plan) => updateLink(plan, l.id, { to: hubSite.id }),
      });
    return fixes;
  },
  'edge-unsubscribed': (ix, f) => {
    const edge = f.subjects[0] === undefined ? undefined : ix.server(f.subjects[0]);
    const hubSite = onlyHubSite(ix);
    if (!edge || !hubSite) return [];
    return [
      {
        label: `Subscribe ${nameOf(edge.name)} to ${nameOf(hubSite.name)}`,
        apply: (plan) => link(plan, 'edge-subscription', edge.id, hubSite.id),
      },
    ];
  },
  'edge-one-subscription': (ix, f) => {
    const edgeId = f.subjects[0];
    const subscriptions = ix.plan.links.filter((l) => l.kind === 'edge-subscription' && l.from === edgeId);
    const [keep, ...extra] = subscriptions;
    if (!keep || extra.length === 0) return [];
    return [
      {
        label: `Keep only the subscription to ${ix.name(keep.to)}`,
        apply: (plan) =>
          removeItems(
            plan,
            extra.map((l) => l.id),
          ),
      },
    ];
  },
  'link-endpoints': (_ix, f) => {
    const linkId = f.subjects[0];
    return linkId === undefined
      ? []
      : [{ label: 'Remove this link', apply: (plan) => removeItems(plan, [linkId]) }];
  },
  'um-ip-gateway': (ix, f) => {
    const um = f.subjects[0] === undefined ? undefined : ix.server(f.subjects[0]);
    if (!um) return [];
    const gateway = ix.plan.infrastructure.find(
      (i) => (i.kind === 'ip-gateway' || i.kind === 'pbx') && i.site === um.site,
    );
    if (gateway)
      return [
        {
          label: `Connect ${nameOf(um.name)} to ${nameOf(gateway.name)}`,
          apply: (plan) => link(plan, 'connection', um.id, gateway.id),
        },
      ];
    return [
      {
        label: `Add an IP gateway connected to ${nameOf(um.name)}`,
        apply: (plan) => {
          const id = newId(plan, 'gateway');
          const draft = {
            id,
            kind: 'ip-gateway' as const,
            name: 'VoIP gateway',
            ...(um.site === undefined ? {} : { site: um.site }),
          };
          return link(addInfrastructure(plan, draft), 'connection', um.id, id);
        },
      },
    ];
  },
  'legacy-routing-group-connector': (ix) => {
    const hub = ix.firstWithRole.HubTransport;
    const legacy = ix.legacy[0];
    if (!hub || !legacy) return [];
    return [
      {
        label: `Connect ${nameOf(hub.name)} to ${nameOf(legacy.name)} with a routing group connector`,
        apply: (plan) => link(plan, 'routing-group-connector', hub.id, legacy.id),
      },
    ];
  },
};
