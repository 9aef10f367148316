// Sites and dependencies, part 2: the links between items (Edge subscriptions, routing group
// connectors, SCR, the Unified Messaging gateway connection) join the right kinds of items.
import { family } from './define.ts';
import type { PlanIndex } from './planIndex.ts';
import type { Finding } from './types.ts';
import { listNames, nameOf } from './words.ts';

const rule = family('Sites and dependencies');

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
          `The ${ix.named(l.id)} goes to a site with no Hub Transport server. Subscribe ${ix.named(l.from)} to a site with a Hub Transport server, or add one to ${nameOf(site.name)}.`,
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
          `${nameOf(s.name)} has ${subscriptions.length} Edge subscriptions (to ${sites}). An Edge Transport server subscribes to one Active Directory site: remove the others.`,
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
    ix
      .withRole('EdgeTransport')
      .filter((s) => ix.subscriptionsOf(s.id).length === 0)
      .map((s) =>
        found(
          [s.id],
          `${nameOf(s.name)} has no Edge subscription, so its connectors must be set up by hand and it cannot look up recipients. Subscribe it to an Active Directory site with a Hub Transport server.`,
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
      else if (
        l.kind === 'routing-group-connector' &&
        !((hub(l.from) && legacy(l.to)) || (legacy(l.from) && hub(l.to)))
      )
        expected = 'join an Exchange 2007 Hub Transport server and an Exchange 2000 or 2003 server';
      else if (l.kind === 'scr' && !((ix.server(l.from) || ix.clusters.has(l.from)) && ix.server(l.to)))
        expected = 'go from a server or clustered mailbox server to a server';
      if (expected !== undefined)
        out.push(found([l.id], `The ${ix.named(l.id)} must ${expected}: reconnect it or remove it.`));
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
    return ix
      .withRole('UnifiedMessaging')
      .filter((s) => !ix.connectionsAt(s.id).some((l) => ix.telephony.has(l.from === s.id ? l.to : l.from)))
      .map((s) =>
        found(
          [s.id],
          `${nameOf(s.name)} runs Unified Messaging but has no connection to an IP gateway or PBX. Connect it to one so that calls reach it.`,
        ),
      );
  },
);

export const LINK_RULES = [
  edgeSubscriptionHub,
  edgeOneSubscription,
  edgeUnsubscribed,
  linkEndpoints,
  umIpGateway,
];
