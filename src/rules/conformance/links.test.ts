// rules.md v2, "Sites and dependencies": Edge subscriptions, link endpoints and UM gateways.
import { describe, expect, it } from 'vitest';
import {
  adSite,
  cluster,
  gc,
  link,
  node,
  perimeter,
  server,
  subjects,
  withClean,
  type Doc,
} from './harness.ts';

/**
 * The clean hq site plus: a perimeter with EDGE01 and EDGE02, a second ad-site "br" with a Mailbox
 * server and no Hub, legacy servers E2K3 and E2K0, a 5.5 server, a cluster, and the given links.
 */
function world(links: Doc['links']): Doc {
  return withClean({
    sites: [perimeter('dmz'), adSite('br')],
    servers: [
      server('EDGE01', ['EdgeTransport'], { site: 'dmz' }),
      server('EDGE02', ['EdgeTransport'], { site: 'dmz' }),
      server('BRMB', ['Mailbox', 'ClientAccess'], { site: 'br' }),
      server('E2K3', [], { site: 'hq', product: 'exchange2003' }),
      server('E2K0', [], { site: 'hq', product: 'exchange2000' }),
      server('E55', [], { site: 'hq', product: 'exchange55' }),
      node('N1', 'c1', { site: 'hq' }),
      node('N2', 'c1', { site: 'hq' }),
    ],
    clusters: [cluster('C1', 'SCC')],
    infrastructure: [gc('BRDC', { site: 'br' }), { id: 'fw', kind: 'firewall', name: 'Firewall' }],
    links,
  });
}

describe('edge-subscription-hub', () => {
  it('fires for a subscription to an ad-site with no Hub Transport, naming link then site', () => {
    expect(
      subjects(world([link('edge-subscription', 'edge01', 'br', 'l')]), 'edge-subscription-hub'),
    ).toEqual([['l', 'br']]);
  });
  it('is quiet for a subscription to a site with a Hub Transport server', () => {
    expect(
      subjects(world([link('edge-subscription', 'edge01', 'hq', 'l')]), 'edge-subscription-hub'),
    ).toEqual([]);
  });
});

describe('edge-one-subscription', () => {
  it('fires once for an Edge with two or three subscriptions', () => {
    const two = [
      link('edge-subscription', 'edge01', 'hq', 'a'),
      link('edge-subscription', 'edge01', 'br', 'b'),
    ];
    expect(subjects(world(two), 'edge-one-subscription')).toEqual([['edge01']]);
    expect(
      subjects(world([...two, link('edge-subscription', 'edge01', 'hq', 'c')]), 'edge-one-subscription'),
    ).toEqual([['edge01']]);
  });
  it('is quiet for one subscription each', () => {
    const each = [
      link('edge-subscription', 'edge01', 'hq', 'a'),
      link('edge-subscription', 'edge02', 'hq', 'b'),
    ];
    expect(subjects(world(each), 'edge-one-subscription')).toEqual([]);
  });
});

describe('edge-unsubscribed', () => {
  it('notes each Edge server with no subscription', () => {
    expect(subjects(world([link('edge-subscription', 'edge01', 'hq', 'a')]), 'edge-unsubscribed')).toEqual([
      ['edge02'],
    ]);
  });
  it('notes an Edge that also has another role (it is still an Edge Transport server)', () => {
    const doc = withClean({
      sites: [perimeter('dmz')],
      servers: [server('EDGE01', ['EdgeTransport', 'HubTransport'], { site: 'dmz' })],
    });
    expect(subjects(doc, 'edge-unsubscribed')).toEqual([['edge01']]);
  });
  it('is quiet for subscribed Edges', () => {
    const each = [
      link('edge-subscription', 'edge01', 'hq', 'a'),
      link('edge-subscription', 'edge02', 'hq', 'b'),
    ];
    expect(subjects(world(each), 'edge-unsubscribed')).toEqual([]);
  });
});

describe('link-endpoints', () => {
  it.each<[string, string, string]>([
    ['edge-subscription', 'hq-hc', 'hq'],
    ['edge-subscription', 'edge01', 'dmz'],
    ['edge-subscription', 'edge01', 'hq-hc'],
    ['edge-subscription', 'c1', 'hq'],
    ['edge-subscription', 'hq-dc', 'hq'],
    ['edge-subscription', 'hq', 'edge01'],
    ['routing-group-connector', 'hq-hc', 'e55'],
    ['routing-group-connector', 'hq-hc', 'hq-mb'],
    ['routing-group-connector', 'brmb', 'e2k3'],
    ['routing-group-connector', 'e2k3', 'e2k0'],
    ['routing-group-connector', 'hq-hc', 'hq'],
    ['routing-group-connector', 'edge01', 'e2k3'],
    ['scr', 'hq-dc', 'hq-mb'],
    ['scr', 'hq', 'hq-mb'],
    ['scr', 'hq-mb', 'c1'],
    ['scr', 'hq-mb', 'hq-dc'],
    ['scr', 'hq-mb', 'fw'],
  ])('fires for %s from %s to %s', (kind, from, to) => {
    expect(subjects(world([link(kind, from, to, 'l')]), 'link-endpoints')).toEqual([['l']]);
  });
  it.each<[string, string, string]>([
    ['edge-subscription', 'edge01', 'hq'],
    ['edge-subscription', 'edge01', 'br'],
    ['routing-group-connector', 'hq-hc', 'e2k3'],
    ['routing-group-connector', 'e2k0', 'hq-mb'],
    ['scr', 'hq-mb', 'brmb'],
    ['scr', 'c1', 'brmb'],
    ['connection', 'hq', 'fw'],
    ['connection', 'c1', 'edge01'],
  ])('is quiet for %s from %s to %s', (kind, from, to) => {
    expect(subjects(world([link(kind, from, to, 'l')]), 'link-endpoints')).toEqual([]);
  });
});

describe('um-ip-gateway', () => {
  const um = (links: Doc['links'], kind = 'ip-gateway'): Doc =>
    withClean({
      servers: [server('UM01', ['UnifiedMessaging'], { site: 'hq' })],
      infrastructure: [
        { id: 'gw', kind, name: 'Gateway', site: 'hq' },
        { id: 'fw', kind: 'firewall', name: 'Firewall' },
      ],
      links,
    });
  it('notes a UM server with no connection to a gateway', () => {
    expect(subjects(um([]), 'um-ip-gateway')).toEqual([['um01']]);
  });
  it('notes a UM server connected only to a firewall', () => {
    expect(subjects(um([link('connection', 'um01', 'fw')]), 'um-ip-gateway')).toEqual([['um01']]);
  });
  it.each(['ip-gateway', 'pbx'])('is quiet with a connection to an %s, in either direction', (kind) => {
    expect(subjects(um([link('connection', 'um01', 'gw')], kind), 'um-ip-gateway')).toEqual([]);
    expect(subjects(um([link('connection', 'gw', 'um01')], kind), 'um-ip-gateway')).toEqual([]);
  });
});
