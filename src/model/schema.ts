// The plan file, version 1: exactly docs/plan-format.md. Strict objects, so a typo such as "rols"
// is refused with its path. Cross-references are checked in parse.ts, not here.
import { z } from './zod.ts';

export const PLAN_FORMAT = 'exchange-topology-plan';
export const PLAN_VERSION = 1;

export const ROLES = ['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging', 'EdgeTransport'] as const;
export type Role = (typeof ROLES)[number];

export const SERVICE_PACKS = ['RTM', 'SP1', 'SP2', 'SP3'] as const;
export type ServicePack = (typeof SERVICE_PACKS)[number];

export const PRODUCTS = ['exchange2007', 'exchange2003', 'exchange2000', 'exchange55'] as const;
export type Product = (typeof PRODUCTS)[number];

export const SERVER_OSES = ['windows2003', 'windows2003-rtm', 'windows2008', 'windows2008r2'] as const;
export type ServerOs = (typeof SERVER_OSES)[number];

export const DC_OSES = ['windows2000', 'windows2003-rtm', 'windows2003', 'windows2008', 'windows2008r2'] as const;
export type DcOs = (typeof DC_OSES)[number];

export const DOMAIN_LEVELS = [
  'windows2000-mixed',
  'windows2000-native',
  'windows2003-interim',
  'windows2003',
  'windows2008',
  'windows2008r2',
] as const;
export const FOREST_LEVELS = ['windows2000', 'windows2003-interim', 'windows2003', 'windows2008', 'windows2008r2'] as const;

export const SITE_KINDS = ['ad-site', 'perimeter'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const CLUSTER_TYPES = ['CCR', 'SCC'] as const;
export type ClusterType = (typeof CLUSTER_TYPES)[number];

export const INFRA_KINDS = ['domain-controller', 'internet', 'firewall', 'clients', 'ip-gateway', 'pbx'] as const;
export type InfraKind = (typeof INFRA_KINDS)[number];

export const LINK_KINDS = ['edge-subscription', 'routing-group-connector', 'scr', 'connection'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const WINDOWS_EDITIONS = ['standard', 'enterprise', 'datacenter'] as const;
export const EXCHANGE_EDITIONS = ['standard', 'enterprise'] as const;
export const ARCHES = ['x64', 'x86'] as const;
export type Arch = (typeof ARCHES)[number];
/** Mode of an existing Exchange 2000/2003 organization; absent in a plan = not yet known. */
export const LEGACY_MODES = ['native', 'mixed'] as const;
export type LegacyMode = (typeof LEGACY_MODES)[number];

/** The defaults plan-format.md gives a server's and a domain controller's fields. */
export const SERVER_DEFAULTS = {
  product: 'exchange2007',
  os: 'windows2003',
  arch: 'x64',
  windowsEdition: 'standard',
  exchangeEdition: 'standard',
  domainController: false,
  globalCatalog: false,
  lcr: false,
} as const;
export const DOMAIN_CONTROLLER_DEFAULTS = { globalCatalog: false, os: 'windows2003', readOnly: false } as const;

const id = z.string().min(1, 'an id must be a non-empty string');
const name = z.string().min(1, 'a name must not be empty');
const count = z.number().int('must be a whole number');

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export const siteSchema = z.strictObject({
  id,
  name,
  kind: z.enum(SITE_KINDS),
});

export const serverSchema = z.strictObject({
  id,
  name,
  site: id.optional(),
  product: z.enum(PRODUCTS).default(SERVER_DEFAULTS.product),
  roles: z
    .array(z.enum(ROLES))
    .default([])
    .refine((roles) => new Set(roles).size === roles.length, 'a role is listed twice'),
  cluster: id.optional(),
  os: z.enum(SERVER_OSES).default(SERVER_DEFAULTS.os),
  arch: z.enum(ARCHES).default(SERVER_DEFAULTS.arch),
  windowsEdition: z.enum(WINDOWS_EDITIONS).default(SERVER_DEFAULTS.windowsEdition),
  exchangeEdition: z.enum(EXCHANGE_EDITIONS).default(SERVER_DEFAULTS.exchangeEdition),
  domainController: z.boolean().default(SERVER_DEFAULTS.domainController),
  globalCatalog: z.boolean().default(SERVER_DEFAULTS.globalCatalog),
  legacyServicePack: count.min(0, 'must be 0 or more').optional(),
  storageGroups: count.min(1, 'must be at least 1').optional(),
  lcr: z.boolean().default(SERVER_DEFAULTS.lcr),
  cores: count.min(1, 'must be at least 1').optional(),
});

export const clusterSchema = z.strictObject({
  id,
  name,
  type: z.enum(CLUSTER_TYPES),
  witness: id.optional(),
  ipAddress: z.string().regex(IPV4, 'must be an IPv4 address such as 10.0.0.50').optional(),
  dataPath: z.string().min(1, 'must not be empty').optional(),
  /** A standby cluster: passive Mailbox nodes, no clustered mailbox server yet (an SCR target). Absent = false. */
  standby: z.boolean().optional(),
});

const domainControllerSchema = z.strictObject({
  id,
  kind: z.literal('domain-controller'),
  name,
  site: id.optional(),
  globalCatalog: z.boolean().default(DOMAIN_CONTROLLER_DEFAULTS.globalCatalog),
  os: z.enum(DC_OSES).default(DOMAIN_CONTROLLER_DEFAULTS.os),
  readOnly: z.boolean().default(DOMAIN_CONTROLLER_DEFAULTS.readOnly),
  cores: count.min(1, 'must be at least 1').optional(),
  /** Absent = not known (the global catalog ratio then assumes 32-bit). */
  arch: z.enum(ARCHES).optional(),
});

const simpleInfra = <K extends Exclude<InfraKind, 'domain-controller'>>(kind: K) =>
  z.strictObject({ id, kind: z.literal(kind), name, site: id.optional() });

export const infrastructureSchema = z.discriminatedUnion('kind', [
  domainControllerSchema,
  simpleInfra('internet'),
  simpleInfra('firewall'),
  simpleInfra('clients'),
  simpleInfra('ip-gateway'),
  simpleInfra('pbx'),
]);

export const linkSchema = z.strictObject({
  id,
  kind: z.enum(LINK_KINDS),
  from: id,
  to: id,
});

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const size = z.number().positive('must be greater than 0').refine(Number.isFinite, 'must be a finite number');

export const positionSchema = z.strictObject({
  x: finite,
  y: finite,
  width: size.optional(),
  height: size.optional(),
});

export const planSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  name: z.string().min(1, 'the plan name must not be empty').max(120, 'the plan name is at most 120 characters'),
  // Any text: a name Setup would refuse is the finding org-name-invalid, not a file that cannot open.
  organizationName: z.string().optional(),
  exchange: z.strictObject({
    servicePack: z.enum(SERVICE_PACKS),
    legacyMode: z.enum(LEGACY_MODES).optional(),
    /** Outlook 2003 or earlier clients remain (absent = false): the first Mailbox server gets /EnableLegacyOutlook. */
    outlook2003Clients: z.boolean().optional(),
  }),
  activeDirectory: z
    .strictObject({
      domainFunctionalLevel: z.enum(DOMAIN_LEVELS).optional(),
      forestFunctionalLevel: z.enum(FOREST_LEVELS).optional(),
      schemaMasterOs: z.enum(DC_OSES).optional(),
    })
    .optional(),
  sites: z.array(siteSchema).default([]),
  servers: z.array(serverSchema).default([]),
  clusters: z.array(clusterSchema).default([]),
  infrastructure: z.array(infrastructureSchema).default([]),
  links: z.array(linkSchema).default([]),
  layout: z.record(z.string(), positionSchema).optional(),
});

export type Plan = z.output<typeof planSchema>;
export type PlanInput = z.input<typeof planSchema>;
export type Site = Plan['sites'][number];
export type Server = Plan['servers'][number];
export type Cluster = Plan['clusters'][number];
export type Infrastructure = Plan['infrastructure'][number];
export type DomainController = Extract<Infrastructure, { kind: 'domain-controller' }>;
export type Link = Plan['links'][number];
export type Position = z.output<typeof positionSchema>;
export type Layout = Record<string, Position>;
export type ActiveDirectory = NonNullable<Plan['activeDirectory']>;
