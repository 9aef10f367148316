// Display names of the choices the inspector offers, for the enumerations labels.ts does not cover.
import { isolate } from '../../model/bidi.ts';
import {
  ARCHES,
  CLUSTER_TYPES,
  DC_OSES,
  DOMAIN_LEVELS,
  EXCHANGE_EDITIONS,
  FOREST_LEVELS,
  LEGACY_MODES,
  LINK_KINDS,
  LINK_LABEL,
  OS_LABEL,
  PRODUCT_LABEL,
  PRODUCTS,
  SERVER_OSES,
  SERVICE_PACKS,
  SITE_KINDS,
  WINDOWS_EDITIONS,
  type Cluster,
  type LinkKind,
  type Server,
  type Site,
} from '../../model/index.ts';

export interface Option<T extends string> {
  value: T;
  label: string;
  /** Options sharing a group are shown under one heading (optgroup). */
  group?: string;
}

function optionsOf<T extends string>(values: readonly T[], labels: Record<T, string>): Option<T>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

const LEVEL_LABEL = {
  'windows2000-mixed': 'Windows 2000 mixed',
  'windows2000-native': 'Windows 2000 native',
  windows2000: 'Windows 2000',
  'windows2003-interim': 'Windows Server 2003 interim',
  windows2003: 'Windows Server 2003',
  windows2008: 'Windows Server 2008',
  windows2008r2: 'Windows Server 2008 R2',
} as const;

export const SERVICE_PACK_OPTIONS = optionsOf(SERVICE_PACKS, {
  RTM: 'RTM (8.0)',
  SP1: 'SP1 (8.1)',
  SP2: 'SP2 (8.2)',
  SP3: 'SP3 (8.3)',
});
export const DOMAIN_LEVEL_OPTIONS = optionsOf(DOMAIN_LEVELS, LEVEL_LABEL);
export const FOREST_LEVEL_OPTIONS = optionsOf(FOREST_LEVELS, LEVEL_LABEL);
export const DC_OS_OPTIONS = optionsOf(DC_OSES, OS_LABEL);
export const SERVER_OS_OPTIONS = optionsOf(SERVER_OSES, OS_LABEL);
export const PRODUCT_OPTIONS = PRODUCTS.map((value) => ({
  value,
  label: value === 'exchange2007' ? PRODUCT_LABEL[value] : `${PRODUCT_LABEL[value]} (existing)`,
}));
export const SITE_KIND_OPTIONS = optionsOf(SITE_KINDS, {
  'ad-site': 'Active Directory site',
  perimeter: 'Perimeter network',
});
export const ARCH_OPTIONS = optionsOf(ARCHES, { x64: '64-bit (x64)', x86: '32-bit (x86)' });
export const LEGACY_MODE_OPTIONS = optionsOf(LEGACY_MODES, { native: 'Native mode', mixed: 'Mixed mode' });
export const WINDOWS_EDITION_OPTIONS = optionsOf(WINDOWS_EDITIONS, {
  standard: 'Standard',
  enterprise: 'Enterprise',
  datacenter: 'Datacenter',
});
export const EXCHANGE_EDITION_OPTIONS = optionsOf(EXCHANGE_EDITIONS, {
  standard: 'Standard',
  enterprise: 'Enterprise',
});
export const CLUSTER_TYPE_OPTIONS = optionsOf(CLUSTER_TYPES, {
  CCR: 'CCR (cluster continuous replication)',
  SCC: 'SCC (single copy cluster)',
});
export const LINK_KIND_OPTIONS = optionsOf(LINK_KINDS, LINK_LABEL);

/** What each kind of link means, from plan-format.md. */
export const LINK_MEANING: Record<LinkKind, string> = {
  'edge-subscription': 'From an Edge Transport server to the Active Directory site it subscribes to.',
  'routing-group-connector':
    'Between an Exchange 2007 Hub Transport server and an existing Exchange 2000/2003 bridgehead.',
  scr: 'Standby continuous replication: from a source (server or cluster) to a target server.',
  connection: 'A plain line for the drawing; the rules give it no meaning.',
};

/** "1 server", "3 servers". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Choices made from a list of the plan, kept per list object: the plan keeps a list's object while
 * it is unchanged, so selecting one item after another reuses the choices instead of listing
 * hundreds of sites, clusters or servers again on each click.
 */
function keptPer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const kept = new WeakMap<K, V>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) kept.set(key, (value = make(key)));
    return value;
  };
}

/** Sites as choices, perimeter networks marked as such. */
export const siteOptions: (sites: readonly Site[]) => Option<string>[] = keptPer((sites) =>
  sites.map((s) => ({
    value: s.id,
    label: s.kind === 'perimeter' && !/perimeter/i.test(s.name) ? `${isolate(s.name)} (perimeter)` : s.name,
  })),
);

/** Clusters as choices, with their type. */
export const clusterOptions: (clusters: readonly Cluster[]) => Option<string>[] = keptPer((clusters) =>
  clusters.map((c) => ({ value: c.id, label: `${isolate(c.name)} (${c.type})` })),
);

/** Servers as choices (a cluster's witness), under the name of their site. */
const serverOptionsPer = keptPer((servers: readonly Server[]) =>
  keptPer((sites: readonly Site[]) => {
    // The first site with an id names it, as a search of the list would find it.
    const names = new Map<string, string>();
    for (const s of sites) if (!names.has(s.id)) names.set(s.id, s.name);
    return servers.map((s) => ({ value: s.id, label: s.name, group: (s.site === undefined ? undefined : names.get(s.site)) ?? 'Not placed' }));
  }),
);
export const serverOptions = (servers: readonly Server[], sites: readonly Site[]): Option<string>[] => serverOptionsPer(servers)(sites);
