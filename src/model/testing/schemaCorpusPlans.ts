// The plans and odd values the schema's corpus (schemaCorpus.ts) is made from.
/** Every field the format has, set. */
export const FULL = {
  format: 'exchange-topology-plan',
  version: 1,
  name: 'Every field',
  organizationName: 'Contoso',
  exchange: { servicePack: 'SP2', legacyMode: 'mixed', outlook2003Clients: true },
  activeDirectory: {
    domainFunctionalLevel: 'windows2003',
    forestFunctionalLevel: 'windows2003-interim',
    schemaMasterOs: 'windows2008',
  },
  sites: [
    { id: 'hq', name: 'HQ', kind: 'ad-site' },
    { id: 'dmz', name: 'DMZ', kind: 'perimeter' },
  ],
  servers: [
    {
      id: 'a',
      name: 'A',
      site: 'hq',
      product: 'exchange2007',
      roles: ['Mailbox', 'HubTransport'],
      cluster: 'c',
      os: 'windows2008',
      arch: 'x64',
      windowsEdition: 'enterprise',
      exchangeEdition: 'enterprise',
      domainController: true,
      globalCatalog: true,
      storageGroups: 4,
      lcr: true,
      cores: 8,
    },
    { id: 'b', name: 'B', site: 'hq', product: 'exchange2003', legacyServicePack: 2, arch: 'x86' },
    { id: 'e', name: 'E', site: 'dmz', roles: ['EdgeTransport'] },
  ],
  clusters: [
    {
      id: 'c',
      name: 'C',
      type: 'CCR',
      witness: 'b',
      ipAddress: '10.0.0.50',
      dataPath: 'D:\\data',
      standby: false,
    },
  ],
  infrastructure: [
    {
      id: 'dc',
      kind: 'domain-controller',
      name: 'DC',
      site: 'hq',
      globalCatalog: true,
      os: 'windows2008r2',
      readOnly: true,
      cores: 2,
      arch: 'x86',
    },
    { id: 'net', kind: 'internet', name: 'Internet' },
    { id: 'fw', kind: 'firewall', name: 'FW', site: 'dmz' },
    { id: 'cl', kind: 'clients', name: 'Clients', site: 'hq' },
    { id: 'gw', kind: 'ip-gateway', name: 'GW' },
    { id: 'pbx', kind: 'pbx', name: 'PBX' },
  ],
  links: [
    { id: 'l1', kind: 'edge-subscription', from: 'e', to: 'hq' },
    { id: 'l2', kind: 'connection', from: 'net', to: 'fw' },
    { id: 'l3', kind: 'scr', from: 'a', to: 'b' },
    { id: 'l4', kind: 'routing-group-connector', from: 'a', to: 'b' },
  ],
  layout: { hq: { x: 0, y: 0, width: 400, height: 300 }, a: { x: 10.5, y: -20 }, dc: { x: 1e6, y: 0 } },
};

/** FULL cut to one item of each shape, for the odd values at every path. */
export const SMALL = {
  ...FULL,
  sites: FULL.sites.slice(0, 1),
  servers: FULL.servers.slice(0, 2),
  infrastructure: FULL.infrastructure.slice(0, 2),
  links: FULL.links.slice(2, 3),
  layout: { hq: FULL.layout.hq, a: FULL.layout.a },
};

export const MINIMAL = {
  format: 'exchange-topology-plan',
  version: 1,
  name: 'P',
  exchange: { servicePack: 'SP1' },
};

/** Values put where they do not belong. */
export const ODD_VALUES: unknown[] = [
  null,
  undefined,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  2 ** 53,
  1e20,
  -1e20,
  Infinity,
  -Infinity,
  NaN,
  '',
  'x',
  ' ',
  'Mailbox',
  'SP9',
  'ad-site',
  'connection',
  'domain-controller',
  '10.0.0.1',
  '256.1.1.1',
  '01.2.3.4',
  'x'.repeat(130),
  [],
  [1],
  ['Mailbox', 'Mailbox'],
  {},
  { x: 1 },
  { id: 'z', name: 'Z' },
  '\u202e',
  'ü東京',
];

export const UNKNOWN_KEYS = ['rols', 'colour', 'Name', '__proto__', 'constructor', 'toString', 'extra'];

/** Texts for the cluster address check the inspector uses on its own. */
export const IP_TEXTS = [
  '10.0.0.50',
  '0.0.0.0',
  '255.255.255.255',
  '256.0.0.1',
  '10.0.0',
  '10.0.0.0.1',
  '01.0.0.1',
  '1.2.3.04',
  ' 10.0.0.1',
  '10.0.0.1 ',
  '1.1.1.1\n',
  'a.b.c.d',
  '',
  '99.199.249.250',
  '192.168.1.255',
  '-1.0.0.0',
  '1..1.1',
  '٣.1.1.1',
];
