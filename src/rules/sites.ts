// Sites and dependencies, part 1: what every Active Directory site with Exchange 2007 needs
// beside it. Part 2, the Edge subscriptions and other links, is siteLinks.ts.
import { listRoles, ROLE_LABEL } from '../model/labels.ts';
import type { Role, Site } from '../model/schema.ts';
import { family, type Found } from './define.ts';
import type { PlanIndex } from './planIndex.ts';
import type { Finding } from './types.ts';
import { count, listPhrases, nameOf } from './words.ts';

const rule = family('Sites and dependencies');

/** One finding per Active Directory site for which `message` has something to say. */
export function perAdSite(
  ix: PlanIndex,
  found: Found,
  message: (site: Site) => string | undefined,
): Finding[] {
  const out: Finding[] = [];
  for (const site of ix.plan.sites) {
    if (site.kind !== 'ad-site') continue;
    const text = message(site);
    if (text !== undefined) out.push(found([site.id], text));
  }
  return out;
}

export const orgCoreRoles = rule(
  {
    id: 'org-core-roles',
    severity: 'error',
    title: 'The organization needs Mailbox, Client Access and Hub Transport',
    why: 'Mail is stored by Mailbox servers, reached through Client Access servers and routed by Hub Transport servers; without all three nothing works.',
    sources: ['SIMPLE', 'MODIFY'],
    fix: 'Add the missing roles to a server in an Active Directory site.',
  },
  (ix, found) => {
    if (ix.exchange2007Count === 0) return [];
    const core: Role[] = ['Mailbox', 'ClientAccess', 'HubTransport'];
    const missing = core.filter((role) => ix.roleCount[role] === 0);
    if (missing.length === 0) return [];
    const none = listPhrases(
      missing.map((role) => ROLE_LABEL[role]),
      'or',
    );
    return [
      found(
        [],
        `No Exchange 2007 server has the ${none} role. An organization needs at least one Mailbox, Client Access and Hub Transport server: add ${listRoles(missing)}.`,
      ),
    ];
  },
);

/** site-needs-hub, site-needs-cas and um-needs-hub: a role that needs a partner role in its site. */
function needsPartner(ix: PlanIndex, found: Found, role: Role, partner: Role, why: string) {
  return perAdSite(ix, found, (site) => {
    const users = ix.inSite(site.id, role).length;
    if (users === 0 || ix.inSite(site.id, partner).length > 0) return undefined;
    const partnerLabel = ROLE_LABEL[partner];
    return `${nameOf(site.name)} has ${count(users, `${ROLE_LABEL[role]} server`)} but no ${partnerLabel} server. Add a ${partnerLabel} server to ${nameOf(site.name)}: ${why}.`;
  });
}

export const siteNeedsHub = rule(
  {
    id: 'site-needs-hub',
    severity: 'error',
    title: 'A site with Mailbox servers needs a Hub Transport server',
    why: "Every message, even between two mailboxes of one server, goes through a Hub Transport server in the Mailbox server's Active Directory site.",
    sources: ['MODIFY', 'ExBPA'],
    fix: 'Add a Hub Transport server to the site.',
  },
  (ix, found) =>
    needsPartner(
      ix,
      found,
      'Mailbox',
      'HubTransport',
      'without one, its mailboxes cannot send or receive mail',
    ),
);

export const siteNeedsCas = rule(
  {
    id: 'site-needs-cas',
    severity: 'error',
    title: 'A site with Mailbox servers needs a Client Access server',
    why: 'Outlook Web Access, ActiveSync, Outlook Anywhere and the Autodiscover and Availability services reach mailboxes through a Client Access server in their site.',
    sources: ['MODIFY', 'ExBPA'],
    fix: 'Add a Client Access server to the site.',
  },
  (ix, found) =>
    needsPartner(
      ix,
      found,
      'Mailbox',
      'ClientAccess',
      'without one, clients other than MAPI cannot reach its mailboxes',
    ),
);

export const umNeedsHub = rule(
  {
    id: 'um-needs-hub',
    severity: 'error',
    title: 'A site with Unified Messaging needs a Hub Transport server',
    why: 'Unified Messaging submits voice mail and faxes to a Hub Transport server in its own site.',
    sources: ['UM planning'],
    fix: 'Add a Hub Transport server to the site.',
  },
  (ix, found) =>
    needsPartner(
      ix,
      found,
      'UnifiedMessaging',
      'HubTransport',
      'voice mail and faxes are delivered through it',
    ),
);

export const siteNeedsGc = rule(
  {
    id: 'site-needs-gc',
    severity: 'error',
    title: 'A site with Exchange 2007 needs a suitable global catalog',
    why: 'Exchange 2007 servers read the directory from a global catalog in their own site: writable (not read-only), on Windows Server 2003 SP1 or later, and on Windows Server 2008 R2 only from Exchange 2007 SP1.',
    sources: ['SYSREQ', 'DCMATRIX'],
    fix: 'Add a writable global catalog on Windows Server 2003 SP1 or later to the site.',
  },
  (ix, found) =>
    perAdSite(ix, found, (site) => {
      if (ix.exchangeCountInSite(site.id) === 0 || ix.globalCatalogs(site.id).some((gc) => gc.suitable))
        return undefined;
      const r2 =
        ix.plan.exchange.servicePack === 'RTM' ? ' (Windows Server 2008 R2 only from Exchange 2007 SP1)' : '';
      return `${nameOf(site.name)} has Exchange 2007 servers but no writable global catalog on Windows Server 2003 SP1 or later${r2}. Add one to ${nameOf(site.name)}.`;
    }),
);

export const serverUnplaced = rule(
  {
    id: 'server-unplaced',
    severity: 'warning',
    title: 'Every server belongs in a site',
    why: 'Most rules, the Setup commands and the checklist depend on the site a server is in.',
    sources: ['—'],
    fix: 'Place the server in an Active Directory site, or in the perimeter network for Edge Transport.',
  },
  (ix, found) =>
    ix.unplaced.map((s) =>
      found([s.id], `${nameOf(s.name)} is not placed in any site. Drag it into the site it will run in.`),
    ),
);

export const SITE_RULES = [orgCoreRoles, siteNeedsHub, siteNeedsCas, umNeedsHub, siteNeedsGc, serverUnplaced];
