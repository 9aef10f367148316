// A deterministic, realistic plan of any size for benchmarks: about 25 servers per Active
// Directory site (multi-role and dedicated servers, CCR and SCC clusters, Unified Messaging with a
// gateway, a GC domain controller), Edge servers in shared perimeter networks with subscriptions,
// SCR from each site's CCR cluster to the previous site, and one Exchange 2003 bridgehead.
import { emptyPlan, makeServer } from '../src/model/edits.ts';
import type { Cluster, Infrastructure, Link, Plan, Role, Server, Site } from '../src/model/schema.ts';

/** mulberry32: tiny, fast, and the same sequence on every machine for a given seed. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SITES_PER_PERIMETER = 5;
const ENTERPRISE = { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' } as const;

type Draft = Partial<Server> & { key: string; roles: Role[] };

/** Servers added together or not at all (a cluster's nodes), with what they bring along. */
interface Group {
  servers: Draft[];
  cluster?: { key: string; type: Cluster['type']; witness?: string };
  gateway?: boolean;
  subscribe?: boolean;
}

/** A plan of exactly `servers` servers (at least 2). Same seed, same plan. */
export function syntheticPlan(servers: number, seed = 1): Plan {
  const rnd = random(seed);
  const cores = (n: number) => (rnd() < 0.7 ? { cores: n } : {});
  // Plain arrays and pushes: the edit functions copy the whole plan per call, quadratic here.
  const sites: Site[] = [];
  const list: Server[] = [];
  const clusters: Cluster[] = [];
  const infrastructure: Infrastructure[] = [];
  const links: Link[] = [];
  const digits = servers >= 25_000 ? 4 : 3;
  let left = servers - 1; // one is the Exchange 2003 bridgehead
  let standbyTarget: string | undefined;

  for (let i = 1; left > 0; i++) {
    const code = `S${String(i).padStart(digits, '0')}`;
    const site = code.toLowerCase();
    const perimeter = `dmz${Math.ceil(i / SITES_PER_PERIMETER)}`;
    sites.push({ id: site, name: `Site ${code}`, kind: 'ad-site' });
    if (i % SITES_PER_PERIMETER === 1)
      sites.push({ id: perimeter, name: `Perimeter ${perimeter.slice(3)}`, kind: 'perimeter' });
    const os = rnd() < 0.5 ? 'windows2003' : 'windows2008';
    infrastructure.push({
      id: `${site}-dc1`,
      kind: 'domain-controller',
      name: `${code}-DC1`,
      site,
      globalCatalog: true,
      os,
      readOnly: false,
      cores: 8,
    });

    const mailbox = (n: number): Draft => ({
      key: `MB${n}`,
      roles: ['Mailbox'],
      storageGroups: 1 + Math.floor(rnd() * 5),
      ...cores(4),
    });
    const nodes = (prefix: string, count: number): Draft[] =>
      Array.from({ length: count }, (_, n) => ({
        key: `${prefix}${n + 1}`,
        roles: ['Mailbox'],
        ...ENTERPRISE,
        ...cores(8),
      }));
    const groups: Group[] = [
      { servers: [{ key: 'CAHT1', roles: ['ClientAccess', 'HubTransport'], ...cores(4) }] },
      { servers: [mailbox(1)] },
      { servers: [{ key: 'CAHT2', roles: ['ClientAccess', 'HubTransport'], ...cores(4) }] },
      {
        servers: [{ key: 'EDGE1', roles: ['EdgeTransport'], site: perimeter, ...cores(2) }],
        subscribe: true,
      },
      {
        servers: [
          { key: 'HT1', roles: ['HubTransport'], ...cores(4) },
          { key: 'CA1', roles: ['ClientAccess'], ...cores(4) },
        ],
      },
      { servers: nodes('CCR', 2), cluster: { key: 'CMS1', type: 'CCR', witness: 'HT1' } },
      { servers: [{ key: 'UM1', roles: ['UnifiedMessaging'], ...cores(4) }], gateway: true },
    ];
    if (rnd() < 0.5) groups.push({ servers: nodes('SCC', 3), cluster: { key: 'CMS2', type: 'SCC' } });
    const size = 22 + Math.floor(rnd() * 7);
    for (let n = 2, total = groups.reduce((sum, g) => sum + g.servers.length, 0); total < size; n++, total++)
      groups.push({ servers: [mailbox(n)] });

    const added = new Set<string>();
    const idOf = (key: string) => `${site}-${key.toLowerCase()}`;
    for (const group of groups) {
      if (group.servers.length > left) continue;
      left -= group.servers.length;
      const cluster = group.cluster && idOf(group.cluster.key);
      for (const { key, ...fields } of group.servers) {
        list.push(
          makeServer({
            site,
            ...fields,
            ...(cluster ? { cluster } : {}),
            id: idOf(key),
            name: `${code}-${key}`,
          }),
        );
        added.add(key);
      }
      if (group.cluster && cluster) {
        const witness = group.cluster.witness;
        clusters.push({
          id: cluster,
          name: `${code}-${group.cluster.key}`,
          type: group.cluster.type,
          ...(witness && added.has(witness) ? { witness: idOf(witness) } : {}),
        });
        if (group.cluster.type === 'CCR' && standbyTarget)
          links.push({ id: `${cluster}-scr`, kind: 'scr', from: cluster, to: standbyTarget });
      }
      if (group.subscribe)
        links.push({ id: `${site}-edge1-sub`, kind: 'edge-subscription', from: idOf('EDGE1'), to: site });
      if (group.gateway) {
        infrastructure.push({ id: `${site}-gw1`, kind: 'ip-gateway', name: `${code} VoIP gateway`, site });
        links.push({ id: `${site}-um1-gw1`, kind: 'connection', from: idOf('UM1'), to: `${site}-gw1` });
      }
    }
    if (added.has('MB2')) standbyTarget = idOf('MB2');
  }

  // One Exchange 2003 bridgehead in the first site, joined to its first Hub Transport.
  const hub = list.find((s) => s.roles.includes('HubTransport'));
  list.push(
    makeServer({
      id: 'legacy-ex2003',
      name: 'EX2003-BH1',
      site: 's' + '1'.padStart(digits, '0'),
      product: 'exchange2003',
      legacyServicePack: 2,
    }),
  );
  if (hub)
    links.push({ id: 'legacy-rgc', kind: 'routing-group-connector', from: hub.id, to: 'legacy-ex2003' });

  return {
    ...emptyPlan(`Synthetic plan, ${servers} servers`, 'SP1'),
    sites,
    servers: list,
    clusters,
    infrastructure,
    links,
  };
}
