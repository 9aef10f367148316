// The plan file, version 1: exactly docs/plan-format.md. Strict objects, so a typo such as "rols"
// is refused with its path. Cross-references are checked in parse.ts, not here. Built with zod's
// functional API (zod/mini): the same checks, results and messages as the classic API's methods
// (src/doc/schemaGolden.test.ts), without the dozens of methods classic attaches to every schema
// instance, which a share link's first frame paid for in bytes and construction time.
import * as z from './zod.ts';

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

const id = z.string().check(z.minLength(1, 'an id must be a non-empty string'));
const name = z.string().check(z.minLength(1, 'a name must not be empty'));
const count = z.number().check(z.int('must be a whole number'));
/** A whole number of at least `min`, optional. */
const countFrom = (min: number, message: string) => z.optional(count.check(z.gte(min, message)));
const optionalId = z.optional(id);

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export const siteSchema = z.strictObject({
  id,
  name,
  kind: z.enum(SITE_KINDS),
});

export const serverSchema = z.strictObject({
  id,
  name,
  site: optionalId,
  product: z._default(z.enum(PRODUCTS), SERVER_DEFAULTS.product),
  roles: z
    ._default(z.array(z.enum(ROLES)), [])
    .check(z.refine((roles) => new Set(roles).size === roles.length, 'a role is listed twice')),
  cluster: optionalId,
  os: z._default(z.enum(SERVER_OSES), SERVER_DEFAULTS.os),
  arch: z._default(z.enum(ARCHES), SERVER_DEFAULTS.arch),
  windowsEdition: z._default(z.enum(WINDOWS_EDITIONS), SERVER_DEFAULTS.windowsEdition),
  exchangeEdition: z._default(z.enum(EXCHANGE_EDITIONS), SERVER_DEFAULTS.exchangeEdition),
  domainController: z._default(z.boolean(), SERVER_DEFAULTS.domainController),
  globalCatalog: z._default(z.boolean(), SERVER_DEFAULTS.globalCatalog),
  legacyServicePack: countFrom(0, 'must be 0 or more'),
  storageGroups: countFrom(1, 'must be at least 1'),
  lcr: z._default(z.boolean(), SERVER_DEFAULTS.lcr),
  cores: countFrom(1, 'must be at least 1'),
});

export const clusterSchema = z.strictObject({
  id,
  name,
  type: z.enum(CLUSTER_TYPES),
  witness: optionalId,
  ipAddress: z.optional(z.string().check(z.regex(IPV4, 'must be an IPv4 address such as 10.0.0.50'))),
  dataPath: z.optional(z.string().check(z.minLength(1, 'must not be empty'))),
  /** A standby cluster: passive Mailbox nodes, no clustered mailbox server yet (an SCR target). Absent = false. */
  standby: z.optional(z.boolean()),
});

const domainControllerSchema = z.strictObject({
  id,
  kind: z.literal('domain-controller'),
  name,
  site: optionalId,
  globalCatalog: z._default(z.boolean(), DOMAIN_CONTROLLER_DEFAULTS.globalCatalog),
  os: z._default(z.enum(DC_OSES), DOMAIN_CONTROLLER_DEFAULTS.os),
  readOnly: z._default(z.boolean(), DOMAIN_CONTROLLER_DEFAULTS.readOnly),
  cores: countFrom(1, 'must be at least 1'),
  /** Absent = not known (the global catalog ratio then assumes 32-bit). */
  arch: z.optional(z.enum(ARCHES)),
});

const simpleInfra = <K extends Exclude<InfraKind, 'domain-controller'>>(kind: K) =>
  z.strictObject({ id, kind: z.literal(kind), name, site: optionalId });

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

const isFinite = z.refine(Number.isFinite, 'must be a finite number');
const finite = z.number().check(isFinite);
const size = z.optional(z.number().check(z.gt(0, 'must be greater than 0'), isFinite));

export const positionSchema = z.strictObject({
  x: finite,
  y: finite,
  width: size,
  height: size,
});

export const planSchema = z.strictObject({
  format: z.literal(PLAN_FORMAT),
  version: z.literal(PLAN_VERSION),
  name: z
    .string()
    .check(
      z.minLength(1, 'the plan name must not be empty'),
      z.maxLength(120, 'the plan name is at most 120 characters'),
    ),
  // Any text: a name Setup would refuse is the finding org-name-invalid, not a file that cannot open.
  organizationName: z.optional(z.string()),
  exchange: z.strictObject({
    servicePack: z.enum(SERVICE_PACKS),
    legacyMode: z.optional(z.enum(LEGACY_MODES)),
    /** Outlook 2003 or earlier clients remain (absent = false): the first Mailbox server gets /EnableLegacyOutlook. */
    outlook2003Clients: z.optional(z.boolean()),
  }),
  activeDirectory: z.optional(
    z.strictObject({
      domainFunctionalLevel: z.optional(z.enum(DOMAIN_LEVELS)),
      forestFunctionalLevel: z.optional(z.enum(FOREST_LEVELS)),
      schemaMasterOs: z.optional(z.enum(DC_OSES)),
    }),
  ),
  sites: z._default(z.array(siteSchema), []),
  servers: z._default(z.array(serverSchema), []),
  clusters: z._default(z.array(clusterSchema), []),
  infrastructure: z._default(z.array(infrastructureSchema), []),
  links: z._default(z.array(linkSchema), []),
  layout: z.optional(z.record(z.string(), positionSchema)),
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
