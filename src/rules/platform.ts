// Operating system, edition and hardware of each Exchange 2007 server.
import { OS_LABEL } from '../model/labels.ts';
import type { Server, ServerOs, ServicePack } from '../model/schema.ts';
import { family } from './define.ts';
import type { PlanIndex } from './planIndex.ts';
import type { Finding } from './types.ts';
import { perAdSite } from './sites.ts';

const rule = family('Operating system, edition, hardware');

/** Exchange 2007 servers with at least one role (the ones Setup installs) for which `bad` holds. */
const installedAnd = (ix: PlanIndex, bad: (s: Server) => boolean) =>
  ix.plan.servers.filter((s) => s.product === 'exchange2007' && s.roles.length > 0 && bad(s));

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

export const x64Required = rule(
  {
    id: 'x64-required',
    severity: 'error',
    title: 'Production Exchange 2007 servers are 64-bit',
    why: 'The 32-bit build of Exchange 2007 is for labs and evaluation only; production servers run the x64 build.',
    sources: ['SYSREQ'],
    fix: 'Plan the server as x64.',
  },
  (ix, found) =>
    installedAnd(ix, (s) => s.arch === 'x86').map((s) =>
      found(
        [s.id],
        `${s.name} is planned as a 32-bit (x86) server. Exchange 2007 in production needs x64: 32-bit is for labs only.`,
      ),
    ),
);

export const osSupportedRule = rule(
  {
    id: 'os-supported',
    severity: 'error',
    title: 'The operating system must be supported by the Exchange 2007 build',
    why: 'Exchange 2007 needs Windows Server 2003 SP1 or later; Windows Server 2008 needs Exchange 2007 SP1, and Windows Server 2008 R2 needs SP3.',
    sources: ['SYSREQ', 'WS08'],
    fix: 'Choose a supported operating system, or plan a later Exchange 2007 service pack.',
  },
  (ix, found) => {
    const build = ix.plan.exchange.servicePack;
    return installedAnd(ix, (s) => !osSupported(s.os, build)).map((s) => {
      const first = FIRST_BUILD[s.os];
      const todo =
        first === undefined
          ? 'Install Windows Server 2003 SP1 or later first.'
          : `Plan Exchange 2007 ${first} or later, or use Windows Server 2003 SP1/R2.`;
      return found(
        [s.id],
        `${s.name} runs ${OS_LABEL[s.os]}, which Exchange 2007 ${build} does not support. ${todo}`,
      );
    });
  },
);

export const STORAGE_GROUP_LIMIT: Record<Server['exchangeEdition'], number> = { standard: 5, enterprise: 50 };

export const storageGroupLimit = rule(
  {
    id: 'storage-group-limit',
    severity: 'error',
    title: 'Storage groups within the edition limit',
    why: 'Exchange 2007 Standard Edition allows 5 storage groups per server, Enterprise Edition 50.',
    sources: ['EDITIONS'],
    fix: 'Use Enterprise Edition or plan fewer storage groups.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.plan.servers) {
      const limit = STORAGE_GROUP_LIMIT[s.exchangeEdition];
      if (s.storageGroups === undefined || s.storageGroups <= limit) continue;
      const edition = s.exchangeEdition === 'standard' ? 'Standard' : 'Enterprise';
      const todo = s.exchangeEdition === 'standard' ? 'Use Enterprise Edition or plan' : 'Plan';
      out.push(
        found(
          [s.id],
          `${s.name} plans ${s.storageGroups} storage groups; Exchange ${edition} Edition allows at most ${limit}. ${todo} at most ${limit}.`,
        ),
      );
    }
    return out;
  },
);

/** The recommended maximum number of processor cores for a server. */
export const maxCoresFor = (s: Server) => (s.roles.includes('UnifiedMessaging') ? 4 : 8);

export const maxCores = rule(
  {
    id: 'max-cores',
    severity: 'warning',
    title: 'Processor cores within the recommended maximum',
    why: 'Exchange 2007 gains little beyond 8 cores per server (4 for Unified Messaging); more servers scale better.',
    sources: ['Exchange Team processor guidance'],
    fix: 'Plan at most 8 cores (4 with Unified Messaging), or spread the load over more servers.',
  },
  (ix, found) =>
    ix.plan.servers
      .filter((s) => s.product === 'exchange2007' && s.cores !== undefined && s.cores > maxCoresFor(s))
      .map((s) => {
        const limit = maxCoresFor(s);
        const who = limit === 4 ? ' for a Unified Messaging server' : '';
        return found(
          [s.id],
          `${s.name} has ${s.cores} processor cores, over the recommended maximum of ${limit}${who}. Plan ${limit} cores, or spread the load over more servers.`,
        );
      }),
);

/** Sum of cores, or undefined when any server or catalog leaves its cores unstated. */
function totalCores(items: readonly { cores?: number | undefined }[]): number | undefined {
  let total = 0;
  for (const item of items) {
    if (item.cores === undefined) return undefined;
    total += item.cores;
  }
  return total;
}

export const hubMailboxRatio = rule(
  {
    id: 'hub-mailbox-ratio',
    severity: 'warning',
    title: 'One Hub Transport core per five Mailbox cores',
    why: 'With antivirus scanning on the Hub Transport servers, Microsoft recommends 1 Hub Transport processor core for every 5 Mailbox cores in a site.',
    sources: ['RATIO'],
    fix: 'Add Hub Transport servers or cores to the site.',
  },
  (ix, found) =>
    perAdSite(ix, found, (site) => {
      const mailbox = totalCores(ix.inSite(site.id, 'Mailbox'));
      const hub = totalCores(ix.inSite(site.id, 'HubTransport'));
      if (mailbox === undefined || hub === undefined || hub * 5 >= mailbox) return undefined;
      return `${site.name} has ${hub} Hub Transport cores for ${mailbox} Mailbox cores; Microsoft recommends 1 Hub Transport core per 5 Mailbox cores. Plan at least ${Math.ceil(mailbox / 5)} Hub Transport cores there.`;
    }),
);

export const gcMailboxRatio = rule(
  {
    id: 'gc-mailbox-ratio',
    severity: 'warning',
    title: 'One global catalog core per eight Mailbox cores',
    why: 'With 64-bit global catalogs, Microsoft recommends 1 global catalog processor core for every 8 Mailbox cores in a site.',
    sources: ['SYSREQ'],
    fix: 'Add global catalog servers or cores to the site.',
  },
  (ix, found) =>
    perAdSite(ix, found, (site) => {
      const mailbox = totalCores(ix.inSite(site.id, 'Mailbox'));
      const gc = totalCores(ix.globalCatalogs(site.id));
      if (mailbox === undefined || gc === undefined || gc * 8 >= mailbox) return undefined;
      return `${site.name} has ${gc} global catalog cores for ${mailbox} Mailbox cores; Microsoft recommends 1 global catalog core per 8 Mailbox cores. Plan at least ${Math.ceil(mailbox / 8)} global catalog cores there.`;
    }),
);

export const PLATFORM_RULES = [
  x64Required,
  osSupportedRule,
  storageGroupLimit,
  maxCores,
  hubMailboxRatio,
  gcMailboxRatio,
];
