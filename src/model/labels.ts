// Display names of the format's enumerations, shared by the canvas, exports, CLI and findings.
import type { DcOs, InfraKind, Infrastructure, LinkKind, Product, Role, ServerOs, Site, SiteKind } from './schema.ts';

export const ROLE_LABEL: Record<Role, string> = {
  Mailbox: 'Mailbox',
  ClientAccess: 'Client Access',
  HubTransport: 'Hub Transport',
  UnifiedMessaging: 'Unified Messaging',
  EdgeTransport: 'Edge Transport',
};

export const ROLE_ABBREVIATION: Record<Role, string> = {
  Mailbox: 'MB',
  ClientAccess: 'CA',
  HubTransport: 'HT',
  UnifiedMessaging: 'UM',
  EdgeTransport: 'ET',
};

export const PRODUCT_LABEL: Record<Product, string> = {
  exchange2007: 'Exchange 2007',
  exchange2003: 'Exchange 2003',
  exchange2000: 'Exchange 2000',
  exchange55: 'Exchange 5.5',
};

export const OS_LABEL: Record<ServerOs | DcOs, string> = {
  windows2000: 'Windows 2000 Server',
  'windows2003-rtm': 'Windows Server 2003 RTM',
  windows2003: 'Windows Server 2003 SP1/R2',
  windows2008: 'Windows Server 2008',
  windows2008r2: 'Windows Server 2008 R2',
};

export const OS_SHORT: Record<ServerOs | DcOs, string> = {
  windows2000: 'W2000',
  'windows2003-rtm': 'W2003 RTM',
  windows2003: 'W2003',
  windows2008: 'W2008',
  windows2008r2: 'W2008 R2',
};

export const SITE_KIND_LABEL: Record<SiteKind, string> = {
  'ad-site': 'Active Directory site',
  perimeter: 'Perimeter network',
};

/** The short form for tight places (a site's tab, a search result). */
export const SITE_KIND_SHORT: Record<SiteKind, string> = { 'ad-site': 'AD site', perimeter: 'Perimeter network' };

export const INFRA_LABEL: Record<InfraKind, string> = {
  'domain-controller': 'Domain controller',
  internet: 'Internet',
  firewall: 'Firewall',
  clients: 'Clients',
  'ip-gateway': 'IP gateway',
  pbx: 'PBX',
};

/** The line under an infrastructure item's name, unless it would only repeat the name. */
export function infraCaption(item: Infrastructure): string | undefined {
  if (item.kind === 'domain-controller') {
    const role = item.readOnly ? 'RODC' : item.globalCatalog ? 'DC / GC' : 'DC';
    return `${role} · ${OS_SHORT[item.os]}`;
  }
  const kind = INFRA_LABEL[item.kind];
  return item.name.toLowerCase().includes(kind.toLowerCase()) ? undefined : kind;
}

/** Whether a site's name already says what kind of site it is ("Perimeter network"). */
export const siteNameSaysKind = (site: Site) =>
  [SITE_KIND_LABEL[site.kind], SITE_KIND_SHORT[site.kind]].some((l) => l.toLowerCase() === site.name.trim().toLowerCase());

export const LINK_LABEL: Record<LinkKind, string> = {
  'edge-subscription': 'Edge subscription',
  'routing-group-connector': 'Routing group connector',
  scr: 'SCR',
  connection: 'Connection',
};

/** "Mailbox, Client Access and Hub Transport" */
export function listRoles(roles: readonly Role[]): string {
  const names = roles.map((r) => ROLE_LABEL[r]);
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}
