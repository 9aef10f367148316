// Operating system, edition and hardware of each Exchange 2007 server.
import { listRoles, OS_LABEL, ROLE_LABEL } from '../model/labels.ts';
import type { Role, Server, ServerOs, ServicePack } from '../model/schema.ts';
import { family } from './define.ts';
import { gcMailboxRatio, hubMailboxRatio } from './ratios.ts';
import { nameOf } from './words.ts';

const rule = family('Operating system, edition, hardware');

/** An Exchange 2007 server with at least one role (one Setup installs). Each rule here looks at one server alone. */
const installed = (s: Server) => s.product === 'exchange2007' && s.roles.length > 0;

const SP_ORDER: Record<ServicePack, number> = { RTM: 0, SP1: 1, SP2: 2, SP3: 3 };
/** The first Exchange 2007 build that supports each OS; windows2003-rtm has none. */
const FIRST_BUILD: Record<ServerOs, ServicePack | undefined> = {
  windows2003: 'RTM',
  'windows2003-rtm': undefined,
  windows2008: 'SP1',
  windows2008r2: 'SP3',
};

export function osSupported(os: ServerOs, build: ServicePack): boolean {
  const first = FIRST_BUILD[os];
  return first !== undefined && SP_ORDER[build] >= SP_ORDER[first];
}

export const x64Required = rule.eachServer(
  {
    id: 'x64-required',
    severity: 'error',
    title: 'Production Exchange 2007 servers are 64-bit',
    why: 'The 32-bit build of Exchange 2007 is for labs and evaluation only; production servers run the x64 build.',
    sources: ['SYSREQ'],
    fix: 'Plan the server as x64.',
  },
  (s, found) =>
    installed(s) && s.arch === 'x86'
      ? [found([s.id], `${nameOf(s.name)} is planned as a 32-bit (x86) server. Exchange 2007 in production needs x64: 32-bit is for labs only.`)]
      : [],
);

export const osSupportedRule = rule.eachServer(
  {
    id: 'os-supported',
    severity: 'error',
    title: 'The operating system must be supported by the Exchange 2007 build',
    why: 'Exchange 2007 needs Windows Server 2003 SP1 or later; Windows Server 2008 needs Exchange 2007 SP1, and Windows Server 2008 R2 needs SP3.',
    sources: ['SYSREQ', 'WS08'],
    fix: 'Choose a supported operating system, or plan a later Exchange 2007 service pack.',
  },
  (s, found, context) => {
    const build = context as ServicePack;
    if (!installed(s) || osSupported(s.os, build)) return [];
    const first = FIRST_BUILD[s.os];
    const todo =
      first === undefined
        ? 'Install Windows Server 2003 SP1 or later first.'
        : `Plan Exchange 2007 ${first} or later, or use Windows Server 2003 SP1/R2.`;
    return [found([s.id], `${nameOf(s.name)} runs ${OS_LABEL[s.os]}, which Exchange 2007 ${build} does not support. ${todo}`)];
  },
  (plan) => plan.exchange.servicePack,
);

export const STORAGE_GROUP_LIMIT: Record<Server['exchangeEdition'], number> = { standard: 5, enterprise: 50 };

export const storageGroupLimit = rule.eachServer(
  {
    id: 'storage-group-limit',
    severity: 'error',
    title: 'Storage groups within the edition limit',
    why: 'Exchange 2007 Standard Edition allows 5 storage groups per server, Enterprise Edition 50.',
    sources: ['EDITIONS'],
    fix: 'Use Enterprise Edition or plan fewer storage groups.',
  },
  (s, found) => {
    const limit = STORAGE_GROUP_LIMIT[s.exchangeEdition];
    if (s.storageGroups === undefined || s.storageGroups <= limit) return [];
    const edition = s.exchangeEdition === 'standard' ? 'Standard' : 'Enterprise';
    const todo = s.exchangeEdition === 'standard' ? 'Use Enterprise Edition or plan' : 'Plan';
    return [
      found(
        [s.id],
        `${nameOf(s.name)} plans ${s.storageGroups} storage groups; Exchange ${edition} Edition allows at most ${limit}. ${todo} at most ${limit}.`,
      ),
    ];
  },
);

const INTERNAL_ROLES: readonly Role[] = ['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging'];
/** Planning Processor Configurations: recommended maximum cores per role, and for combined roles. */
const ROLE_MAX_CORES: Record<Role, number> = {
  EdgeTransport: 4,
  ClientAccess: 4,
  UnifiedMessaging: 4,
  HubTransport: 8,
  Mailbox: 8,
};
const COMBINED_MAX_CORES = 4;

export interface CoreLimit {
  cores: number;
  /** What the limit is for: "a Client Access server", "a server combining Mailbox and Hub Transport". */
  applies: string;
}

/** The lowest recommended maximum that applies to what the server runs; undefined with no roles. */
export function coreLimit(s: Server): CoreLimit | undefined {
  const internal = s.roles.filter((r) => INTERNAL_ROLES.includes(r));
  const limits: CoreLimit[] =
    internal.length >= 2
      ? [{ cores: COMBINED_MAX_CORES, applies: `a server combining ${listRoles(internal)}` }]
      : [];
  for (const role of s.roles)
    limits.push({ cores: ROLE_MAX_CORES[role], applies: `${article(ROLE_LABEL[role])} server` });
  let lowest: CoreLimit | undefined;
  for (const limit of limits) if (!lowest || limit.cores < lowest.cores) lowest = limit;
  return lowest;
}

// "an Edge Transport", but "a Unified Messaging" (said "you").
const article = (label: string) => `${label.startsWith('E') ? 'an' : 'a'} ${label}`;

export const maxCores = rule.eachServer(
  {
    id: 'max-cores',
    severity: 'warning',
    title: 'Processor cores within the recommended maximum for the roles',
    why: 'Microsoft recommends at most 4 cores for Edge Transport, Client Access and Unified Messaging, 8 for Hub Transport and Mailbox, and 4 for a server that combines internal roles; beyond that, more servers scale better than more cores.',
    sources: ['PROC'],
    fix: 'Plan no more cores than the recommended maximum, or spread the load over more servers.',
  },
  (s, found) => {
    if (s.product !== 'exchange2007' || s.cores === undefined) return [];
    const limit = coreLimit(s);
    if (!limit || s.cores <= limit.cores) return [];
    return [
      found(
        [s.id],
        `${nameOf(s.name)} has ${s.cores} processor cores, over the recommended maximum of ${limit.cores} for ${limit.applies}. Plan ${limit.cores} cores, or spread the load over more servers.`,
      ),
    ];
  },
);

export const exchangeOnDc = rule.eachServer(
  {
    id: 'exchange-on-dc',
    severity: 'warning',
    title: 'Exchange 2007 is better not installed on a domain controller',
    why: 'Microsoft does not recommend Exchange 2007 on a domain controller: the domain controller cannot be demoted while Exchange is installed, and Exchange then uses only that domain controller for the directory.',
    sources: ['SYSREQ', 'DCPROMO'],
    fix: 'Keep the domain controller on its own computer and make the Exchange server a member server.',
  },
  (s, found) =>
    installed(s) && s.domainController && s.cluster === undefined
      ? [
          found(
            [s.id],
            `${nameOf(s.name)} runs Exchange 2007 and is a domain controller. Microsoft does not recommend it: the domain controller cannot be demoted while Exchange is installed, and Exchange uses only it for the directory. Make ${nameOf(s.name)} a member server.`,
          ),
        ]
      : [],
);

export const PLATFORM_RULES = [
  x64Required,
  osSupportedRule,
  storageGroupLimit,
  maxCores,
  hubMailboxRatio,
  gcMailboxRatio,
  exchangeOnDc,
];
