// Random valid plans for property tests of the renderer and the share links: any text in names
// (unicode, markup, control characters, lone surrogates), random roles, sites, clusters, links
// and layout. Built by index, so every reference is valid by construction.
import fc from 'fast-check';
import {
  ARCHES,
  CLUSTER_TYPES,
  DC_OSES,
  EXCHANGE_EDITIONS,
  INFRA_KINDS,
  LINK_KINDS,
  PLAN_FORMAT,
  PLAN_VERSION,
  PRODUCTS,
  ROLES,
  SERVER_OSES,
  SERVICE_PACKS,
  SITE_KINDS,
  WINDOWS_EDITIONS,
  type Infrastructure,
  type Plan,
  type Position,
} from '../../model/schema.ts';

/** The names most likely to break an export or a link. */
export const HOSTILE_NAMES = [
  '<script>alert(1)</script>',
  ']]>',
  `"&'`,
  '&amp;&lt;',
  '<![CDATA[x]]>',
  'a\u0000b\u0001',
  '\uFFFF\uFFFE',
  'x\uD800y',
  '💥 Zürich 東京',
  '</metadata>',
];

export const arbitraryName = (max = 30): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ minLength: 1, maxLength: max, unit: 'binary' }),
    fc.string({ minLength: 1, maxLength: max, unit: 'grapheme' }),
    fc.constantFrom(...HOSTILE_NAMES),
  );

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const position: fc.Arbitrary<Position> = fc.record(
  {
    x: fc.integer({ min: -2000, max: 4000 }),
    y: fc.integer({ min: -2000, max: 4000 }),
    width: fc.integer({ min: 1, max: 2000 }),
    height: fc.integer({ min: 1, max: 2000 }),
  },
  { requiredKeys: ['x', 'y'] },
);

const serverDraft = fc.record({
  name: arbitraryName(),
  site: fc.nat(),
  placed: fc.boolean(),
  product: pick(PRODUCTS),
  roles: fc.subarray([...ROLES]),
  cluster: maybe(fc.nat()),
  os: pick(SERVER_OSES),
  arch: pick(ARCHES),
  windowsEdition: pick(WINDOWS_EDITIONS),
  exchangeEdition: pick(EXCHANGE_EDITIONS),
  dc: fc.constantFrom(0, 0, 1, 2),
  legacyServicePack: maybe(fc.integer({ min: 0, max: 4 })),
  storageGroups: maybe(fc.integer({ min: 1, max: 50 })),
  lcr: fc.boolean(),
  cores: maybe(fc.integer({ min: 1, max: 64 })),
});

export const arbitraryPlan: fc.Arbitrary<Plan> = fc
  .record({
    name: arbitraryName(40),
    organizationName: maybe(arbitraryName(30)),
    servicePack: pick(SERVICE_PACKS),
    sites: fc.array(fc.record({ name: arbitraryName(), kind: pick(SITE_KINDS) }), { maxLength: 4 }),
    clusters: fc.array(
      fc.record({ name: arbitraryName(), type: pick(CLUSTER_TYPES), witness: maybe(fc.nat()) }),
      { maxLength: 2 },
    ),
    servers: fc.array(serverDraft, { maxLength: 8 }),
    infrastructure: fc.array(
      fc.record({
        name: arbitraryName(),
        kind: pick(INFRA_KINDS),
        site: maybe(fc.nat()),
        gc: fc.boolean(),
        os: pick(DC_OSES),
      }),
      { maxLength: 4 },
    ),
    links: fc.array(fc.record({ kind: pick(LINK_KINDS), from: fc.nat(), to: fc.nat() }), { maxLength: 5 }),
    layout: fc.array(fc.tuple(fc.nat(), position), { maxLength: 12 }),
  })
  .map((d): Plan => {
    const sites = d.sites.map((s, i) => ({ id: `site-${i}`, ...s }));
    const clusterIds = d.clusters.map((_, i) => `cms-${i}`);
    const servers = d.servers.map((s, i) => ({
      id: `srv-${i}`,
      name: s.name,
      ...(s.placed && sites.length > 0 ? { site: sites[s.site % sites.length]!.id } : {}),
      product: s.product,
      roles: s.roles,
      ...(s.cluster !== undefined && clusterIds.length > 0
        ? { cluster: clusterIds[s.cluster % clusterIds.length]! }
        : {}),
      os: s.os,
      arch: s.arch,
      windowsEdition: s.windowsEdition,
      exchangeEdition: s.exchangeEdition,
      domainController: s.dc > 0,
      globalCatalog: s.dc > 1,
      ...(s.product !== 'exchange2007' && s.legacyServicePack !== undefined
        ? { legacyServicePack: s.legacyServicePack }
        : {}),
      ...(s.storageGroups !== undefined ? { storageGroups: s.storageGroups } : {}),
      lcr: s.lcr,
      ...(s.cores !== undefined ? { cores: s.cores } : {}),
    }));
    const clusters = d.clusters.map((c, i) => ({
      id: clusterIds[i]!,
      name: c.name,
      type: c.type,
      ...(c.witness !== undefined && servers.length > 0
        ? { witness: servers[c.witness % servers.length]!.id }
        : {}),
    }));
    const infrastructure = d.infrastructure.map((item, i): Infrastructure => {
      const site =
        item.site !== undefined && sites.length > 0 ? { site: sites[item.site % sites.length]!.id } : {};
      const base = { id: `infra-${i}`, name: item.name, ...site };
      return item.kind === 'domain-controller'
        ? { ...base, kind: item.kind, globalCatalog: item.gc, os: item.os, readOnly: false }
        : { ...base, kind: item.kind };
    });
    const items = [...sites, ...clusters, ...servers, ...infrastructure].map((x) => x.id);
    const links =
      items.length === 0
        ? []
        : d.links.map((l, i) => ({
            id: `link-${i}`,
            kind: l.kind,
            from: items[l.from % items.length]!,
            to: items[l.to % items.length]!,
          }));
    const layout: Record<string, Position> = {};
    if (items.length > 0) for (const [n, p] of d.layout) layout[items[n % items.length]!] = p;
    return {
      format: PLAN_FORMAT,
      version: PLAN_VERSION,
      name: d.name,
      ...(d.organizationName !== undefined ? { organizationName: d.organizationName } : {}),
      exchange: { servicePack: d.servicePack },
      sites,
      servers,
      clusters,
      infrastructure,
      links,
      ...(Object.keys(layout).length > 0 ? { layout } : {}),
    };
  });
