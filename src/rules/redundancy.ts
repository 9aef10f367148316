// Redundancy notes: a site that depends on one Hub Transport or Client Access server loses mail
// flow or client access with it. Notes, not errors: a small office may accept that.
import { ROLE_LABEL } from '../model/labels.ts';
import type { Role } from '../model/schema.ts';
import { family, type Found } from './define.ts';
import type { PlanIndex } from './planIndex.ts';
import { perAdSite } from './sites.ts';
import { nameOf } from './words.ts';

const rule = family('Redundancy notes');

function single(ix: PlanIndex, found: Found, role: Role) {
  return perAdSite(ix, found, (site) => {
    const servers = ix.inSite(site.id, role);
    if (ix.inSite(site.id, 'Mailbox').length === 0 || servers.length !== 1) return undefined;
    const label = ROLE_LABEL[role];
    return `${nameOf(site.name)} has a single ${label} server, ${servers[0]!.name}. Add a second ${label} server there so that the site survives losing one.`;
  });
}

export const singleHub = rule(
  {
    id: 'single-hub',
    severity: 'info',
    title: 'A second Hub Transport server for redundancy',
    why: 'Mailbox servers fail over between the Hub Transport servers of their site on their own; with one, mail stops when it does.',
    sources: ['Hub Transport planning'],
    fix: 'Add a second Hub Transport server to the site.',
  },
  (ix, found) => single(ix, found, 'HubTransport'),
);

export const singleCas = rule(
  {
    id: 'single-cas',
    severity: 'info',
    title: 'A second Client Access server for redundancy',
    why: 'With one Client Access server, Outlook Web Access, ActiveSync and Autodiscover stop with it; two behind a load balancer keep clients working.',
    sources: ['Client Access planning'],
    fix: 'Add a second Client Access server to the site, behind a load balancer.',
  },
  (ix, found) => single(ix, found, 'ClientAccess'),
);

export const REDUNDANCY_RULES = [singleHub, singleCas];
