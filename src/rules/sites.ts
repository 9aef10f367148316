// Sites and dependencies: what every Active Directory site with Exchange 2007 needs beside it.
import { listRoles, ROLE_LABEL } from '../model/labels.ts';
import type { Role, Site } from '../model/schema.ts';
import { family, type Found } from './define.ts';
import type { PlanIndex } from './planIndex.ts';
import type { Finding } from './types.ts';
import { count, listNames } from './words.ts';

const rule = family('Sites and dependencies');

/** One finding per Active Directory site for which `message` has something to say. */
export function perAdSite(ix: PlanIndex, found: Found, message: (site: Site) => string | undefined): Finding[] {
  const out: Finding[] = [];
  for (const site of ix.plan.sites) {
    if (site.kind !== 'ad-site') continue;
    const text = message(site);
    if (text !== undefined) out.push(found([site.id], text));
  }
  return out;
}

export const orgCoreRoles = rule(
  {
    id: 'org-core-roles',
    severity: 'error',
    title: 'The organization needs Mailbox, Client Access and Hub Transport',
    why: 'Mail is stored by Mailbox servers, reached through Client Access servers and routed by Hub Transport servers; without all three nothing works.',
    sources: ['SIMPLE', 'MODIFY'],
    fix: 'Add the missing roles to a server in an Active Directory site.',
  },
  (ix, found) => {
    if (ix.exchange2007Count === 0) return [];
    const core: Role[] = ['Mailbox', 'ClientAccess', 'HubTransport'];
    const missing = core.filter((role) => ix.roleCount[role] === 0);
    if (missing.length === 0) return [];
    const none = listNames(missing.map((role) => ROLE_LABEL[role]), 'or');
    return [
      found(
        [],
        `No Exchange 2007 server has the ${none} role. An organization needs at least one Mailbox, Client Access and Hub Transport server: add ${listRoles(missing)}.`,
      ),
    ];
  },
);

/** site-needs-hub, site-needs-cas and um-needs-hub: a role that needs a partner role in its site. */
function needsPartner(ix: PlanIndex, found: Found, role: Role, partner: Role, why: string) {
  return perAdSite(ix, found, (site) => {
    const users = ix.inSite(site.id, role).length;
    if (users === 0 || ix.inSite(site.id, partner).length > 0) return undefined;
    const partnerLabel = ROLE_LABEL[partner];
    return `${site.name} has ${count(users, `${ROLE_LABEL[role]} server`)} but no ${partnerLabel} server. Add a ${partnerLabel} server to ${site.name}: ${why}.`;
  });
}

export const siteNeedsHub = rule(
  {
    id: 'site-needs-hub',
    severity: 'error',
    title: 'A site with Mailbox servers needs a Hub Transport server',
    why: 'Every message, even between two mailboxes of one server, goes through a Hub Transport server in the Mailbox server\'s Active Directory site.',
    sources: ['MODIFY', 'ExBPA'],
    fix: 'Add a Hub Transport server to the site.',
  },
  (ix, found) => needsPartner(ix, found, 'Mailbox', 'HubTransport', 'without one, its mailboxes cannot send or receive mail'),
);

export const siteNeedsCas = rule(
  {
    id: 'site-needs-cas',
    severity: 'error',
    title: 'A site with Mailbox servers needs a Client Access server',
    why: 'Outlook Web Access, ActiveSync, Outlook Anywhere and the Autodiscover and Availability services reach mailboxes through a Client Access server in their site.',
    sources: ['MODIFY', 'ExBPA'],
    fix: 'Add a Client Access server to the site.',
  },
  (ix, found) => needsPartner(ix, found, 'Mailbox', 'ClientAccess', 'without one, clients other than MAPI cannot reach its mailboxes'),
);

export const umNeedsHub = rule(
  {
    id: 'um-needs-hub',
    severity: 'error',
    title: 'A site with Unified Messaging needs a Hub Transport server',
    why: 'Unified Messaging submits voice mail and faxes to a Hub Transport server in its own site.',
    sources: ['UM planning'],
    fix: 'Add a Hub Transport server to the site.',
  },
  (ix, found) => needsPartner(ix, found, 'UnifiedMessaging', 'HubTransport', 'voice mail and faxes are delivered through it'),
);

export const siteNeedsGc = rule(
  {
    id: 'site-needs-gc',
    severity: 'error',
    title: 'A site with Exchange 2007 needs a writable global catalog',
    why: 'Exchange 2007 servers read the directory from a writable global catalog on Windows Server 2003 SP1 or later in their own site.',
    sources: ['SYSREQ'],
    fix: 'Add a writable global catalog on Windows Server 2003 SP1 or later to the site.',
  },
  (ix, found) =>
    perAdSite(ix, found, (site) => {
      if (ix.exchangeCountInSite(site.id) === 0 || ix.globalCatalogs(site.id).some((gc) => gc.suitable)) return undefined;
      return `${site.name} has Exchange 2007 servers but no writable global catalog on Windows Server 2003 SP1 or later. Add one to ${site.name}.`;
    }),
);

export const serverUnplaced = rule(
  {
    id: 'server-unplaced',
    severity: 'warning',
    title: 'Every server belongs in a site',
    why: 'Most rules, the Setup commands and the checklist depend on the site a server is in.',
    sources: ['—'],
    fix: 'Place the server in an Active Directory site, or in the perimeter network for Edge Transport.',
  },
  (ix, found) =>
    ix.unplaced.map((s) => found([s.id], `${s.name} is not placed in any site. Drag it into the site it will run in.`)),
);

const isEdge = (ix: PlanIndex, id: string) => ix.server(id)?.roles.includes('EdgeTransport') === true;

export const edgeSubscriptionHub = rule(
  {
    id: 'edge-subscription-hub',
    severity: 'error',
    title: 'An Edge subscription goes to a site with Hub Transport',
    why: 'EdgeSync replicates from the Hub Transport servers of the subscribed site; a site without one has nobody to synchronize with or to route mail through.',
    sources: ['EDGE'],
    fix: 'Subscribe the Edge Transport server to a site with a Hub Transport server, or add one to the site.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const l of ix.ofKind('edge-subscription')) {
      const site = ix.sites.get(l.to);
      if (site?.kind !== 'ad-site' || ix.inSite(site.id, 'HubTransport').length > 0) continue;
      out.push(
        found(
          [l.id, site.id],
          `The ${ix.name(l.id)} goes to a site with no Hub Transport server. Subscribe ${ix.name(l.from)} to a site with a Hub Transport server, or add one to ${site.name}.`,
        ),
      );
    }
    return out;
  },
);

export const edgeOneSubscription = rule(
  {
    id: 'edge-one-subscription',
    severity: 'error',
    title: 'An Edge Transport server has one subscription',
    why: 'An Edge Transport server is subscribed to exactly one Active Directory site.',
    sources: ['EDGE'],
    fix: 'Remove all but one of its Edge subscriptions.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.withRole('EdgeTransport')) {
      const subscriptions = ix.subscriptionsOf(s.id);
      if (subscriptions.length < 2) continue;
      const sites = listNames(subscriptions.map((l) => ix.name(l.to)));
      out.push(
        found(
          [s.id],
          `${s.name} has ${subscriptions.length} Edge subscriptions (to ${sites}). An Edge Transport server subscribes to one Active Directory site: remove the others.`,
        ),
      );
    }
    return out;
  },
);

export const edgeUnsubscribed = rule(
  {
    id: 'edge-unsubscribed',
    severity: 'info',
    title: 'Subscribe each Edge Transport server',
    why: 'Without an Edge subscription, send and receive connectors must be set up by hand and there is no recipient lookup.',
    sources: ['EDGE'],
    fix: 'Add an Edge subscription to an Active Directory site with a Hub Transport server.',
  },
  (ix, found) =>
    ix.withRole('EdgeTransport').filter((s) => ix.subscriptionsOf(s.id).length === 0)
      .map((s) =>
        found(
          [s.id],
          `${s.name} has no Edge subscription, so its connectors must be set up by hand and it cannot look up recipients. Subscribe it to an Active Directory site with a Hub Transport server.`,
        ),
      ),
);

export const linkEndpoints = rule(
  {
    id: 'link-endpoints',
    severity: 'error',
    title: 'A link joins the right kinds of items',
    why: 'Edge subscriptions, routing group connectors and SCR links each join particular kinds of items; any other pair means nothing to Exchange.',
    sources: ['—'],
    fix: 'Reconnect the link to the right items, or remove it.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    const hub = (id: string) => {
      const s = ix.server(id);
      return s?.product === 'exchange2007' && s.roles.includes('HubTransport');
    };
    const legacy = (id: string) => {
      const product = ix.server(id)?.product;
      return product === 'exchange2003' || product === 'exchange2000';
    };
    for (const l of ix.plan.links) {
      let expected: string | undefined;
      if (l.kind === 'edge-subscription' && !(isEdge(ix, l.from) && ix.sites.get(l.to)?.kind === 'ad-site'))
        expected = 'go from an Edge Transport server to an Active Directory site';
      else if (l.kind === 'routing-group-connector' && !((hub(l.from) && legacy(l.to)) || (legacy(l.from) && hub(l.to))))
        expected = 'join an Exchange 2007 Hub Transport server and an Exchange 2000 or 2003 server';
      else if (l.kind === 'scr' && !((ix.server(l.from) || ix.clusters.has(l.from)) && ix.server(l.to)))
        expected = 'go from a server or clustered mailbox server to a server';
      if (expected !== undefined)
        out.push(found([l.id], `The ${ix.name(l.id)} must ${expected}: reconnect it or remove it.`));
    }
    return out;
  },
);

export const umIpGateway = rule(
  {
    id: 'um-ip-gateway',
    severity: 'info',
    title: 'Connect Unified Messaging to an IP gateway or PBX',
    why: 'Calls reach a Unified Messaging server through a VoIP gateway or an IP PBX.',
    sources: ['UM planning'],
    fix: 'Draw a connection from the Unified Messaging server to an IP gateway or PBX.',
  },
  (ix, found) => {
    return ix.withRole('UnifiedMessaging').filter((s) => !ix.connectionsAt(s.id).some((l) => ix.telephony.has(l.from === s.id ? l.to : l.from)))
      .map((s) =>
        found([s.id], `${s.name} runs Unified Messaging but has no connection to an IP gateway or PBX. Connect it to one so that calls reach it.`),
      );
  },
);

export const SITE_RULES = [
  orgCoreRoles,
  siteNeedsHub,
  siteNeedsCas,
  umNeedsHub,
  siteNeedsGc,
  serverUnplaced,
  edgeSubscriptionHub,
  edgeOneSubscription,
  edgeUnsubscribed,
  linkEndpoints,
  umIpGateway,
];
