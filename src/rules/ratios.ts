// Sizing ratios of one Active Directory site (Planning Server Role Ratios): Hub Transport and global
// catalog processor cores against Mailbox cores. Quiet when the partner role is missing (that is
// site-needs-hub's or site-needs-gc's finding) or when any server leaves its cores unstated.
import type { GlobalCatalog } from './planIndex.ts';
import { family } from './define.ts';
import { perAdSite } from './sites.ts';
import { count, listNames, nameOf } from './words.ts';

const rule = family('Operating system, edition, hardware');

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
      const hubs = ix.inSite(site.id, 'HubTransport');
      if (hubs.length === 0) return undefined;
      const mailbox = totalCores(ix.inSite(site.id, 'Mailbox'));
      const hub = totalCores(hubs);
      if (mailbox === undefined || hub === undefined || hub * 5 >= mailbox) return undefined;
      return `${nameOf(site.name)} has ${count(hub, 'Hub Transport core')} for ${count(mailbox, 'Mailbox core')}; Microsoft recommends 1 Hub Transport core per 5 Mailbox cores. Plan at least ${count(Math.ceil(mailbox / 5), 'Hub Transport core')} there.`;
    }),
);

const verb = (names: readonly unknown[], one: string, many: string) => (names.length === 1 ? one : many);

/** The ratio the site's catalogs earn (8 only when every one is 64-bit) and what was assumed. */
export function catalogRatio(catalogs: readonly GlobalCatalog[]): { ratio: 4 | 8; assumed: string } {
  const x86 = catalogs.filter((gc) => gc.arch === 'x86').map((gc) => gc.name);
  const unstated = catalogs.filter((gc) => gc.arch === undefined).map((gc) => gc.name);
  if (x86.length === 0 && unstated.length === 0)
    return { ratio: 8, assumed: 'its global catalogs are 64-bit: 1 core per 8' };
  const is32 = x86.length > 0 ? `${listNames(x86)} ${verb(x86, 'is', 'are')} 32-bit` : '';
  const notStated =
    unstated.length > 0 ? `${listNames(unstated)} ${verb(unstated, 'does', 'do')} not state arch` : '';
  if (!notStated) return { ratio: 4, assumed: `${is32}: 1 core per 4` };
  if (!is32) return { ratio: 4, assumed: `${notStated}: counted as 32-bit, 1 core per 4` };
  return { ratio: 4, assumed: `${is32} and ${notStated} (counted as 32-bit): 1 core per 4` };
}

export const gcMailboxRatio = rule(
  {
    id: 'gc-mailbox-ratio',
    severity: 'warning',
    title: 'Enough global catalog cores for the Mailbox cores',
    why: 'Microsoft recommends 1 global catalog processor core for every 4 Mailbox cores in a site, or every 8 when the global catalogs run 64-bit Windows. Only writable catalogs on a supported Windows count.',
    sources: ['RATIO', 'SYSREQ'],
    fix: 'Add global catalog servers or cores to the site, or use 64-bit global catalogs.',
  },
  (ix, found) =>
    perAdSite(ix, found, (site) => {
      const catalogs = ix.globalCatalogs(site.id).filter((gc) => gc.suitable);
      if (catalogs.length === 0) return undefined;
      const mailbox = totalCores(ix.inSite(site.id, 'Mailbox'));
      const gc = totalCores(catalogs);
      if (mailbox === undefined || gc === undefined) return undefined;
      const { ratio, assumed } = catalogRatio(catalogs);
      if (gc * ratio >= mailbox) return undefined;
      return `${nameOf(site.name)} has ${count(gc, 'global catalog core')} for ${count(mailbox, 'Mailbox core')} (${assumed}). Plan at least ${count(Math.ceil(mailbox / ratio), 'global catalog core')} there${ratio === 4 ? ', or 64-bit global catalogs at 1 core per 8' : ''}.`;
    }),
);
