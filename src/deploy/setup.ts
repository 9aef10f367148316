// Setup.com command lines, exactly the forms of rules.md "The Setup.com facts". Builders return
// plain strings; deciding which switches a server needs is commands.ts's job, not this file's.
import type { Role } from '../model/schema.ts';

/** Tokens for what the plan does not know: obvious enough that nobody runs them by mistake. */
export const PLACEHOLDER = {
  organizationName: '<organization name>',
  cmsIpAddress: '<CMS IP address>',
  cmsDataPath: '<CMS data path>',
  legacyBridgehead: '<legacy bridgehead>',
  witnessServer: '<witness server>',
  clusterAccount: '<DOMAIN\\cluster account$>',
  adSite: '<Active Directory site>',
  targetDatabase: '<target database>',
  temporaryDatabase: '<temporary database>',
  passiveNode: '<passive node>',
} as const;

/** Microsoft's recommended install order in a site; Edge comes last, once a Hub can subscribe it. */
export const INSTALL_ORDER: readonly Role[] = [
  'ClientAccess',
  'HubTransport',
  'Mailbox',
  'UnifiedMessaging',
  'EdgeTransport',
];

/** Where Setup.com lives on an installed server (the default install path). */
export const EXCHANGE_BIN = 'C:\\Program Files\\Microsoft\\Exchange Server\\Bin';

export function inInstallOrder(roles: readonly Role[]): Role[] {
  return INSTALL_ORDER.filter((r) => roles.includes(r));
}

/** Quotes a switch value only when Setup would split it (spaces); placeholders stay bare to read as such. */
export function quoteValue(value: string): string {
  const placeholder = value.startsWith('<') && value.endsWith('>');
  return /\s/.test(value) && !placeholder ? `"${value}"` : value;
}

export interface InstallSwitches {
  organizationName?: string;
  legacyRoutingServer?: string;
  /** Active node of a clustered mailbox server. */
  newCms?: { name: string; ipAddress: string; sharedStorage?: { dataPath: string } };
}

/** `Setup.com /mode:Install /roles:...` with the switches in the order Microsoft documents them. */
export function setupInstall(roles: readonly Role[], switches: InstallSwitches = {}): string {
  const parts = ['Setup.com', '/mode:Install', `/roles:${inInstallOrder(roles).join(',')}`];
  if (switches.organizationName !== undefined)
    parts.push(`/OrganizationName:${quoteValue(switches.organizationName)}`);
  if (switches.legacyRoutingServer !== undefined)
    parts.push(`/LegacyRoutingServer:${switches.legacyRoutingServer}`);
  const cms = switches.newCms;
  if (cms) {
    parts.push('/NewCms', `/CMSName:${cms.name}`, `/CMSIPAddress:${cms.ipAddress}`);
    if (cms.sharedStorage)
      parts.push('/CMSSharedStorage', `/CMSDataPath:${quoteValue(cms.sharedStorage.dataPath)}`);
  }
  return parts.join(' ');
}

/** `Setup.com /mode:Uninstall /roles:...`; with no roles, Setup removes every role and the management tools. */
export function setupUninstall(roles: readonly Role[] = []): string {
  return roles.length === 0
    ? 'Setup.com /mode:Uninstall'
    : `Setup.com /mode:Uninstall /roles:${inInstallOrder(roles).join(',')}`;
}

/** On an installed server, roles change only through the Setup.com in its own bin folder. */
export function fromExchangeBin(command: string): string {
  return `cd /d "${EXCHANGE_BIN}"\n${command}`;
}

export function prepareLegacyPermissions(): string {
  return 'Setup.com /PrepareLegacyExchangePermissions';
}

export function prepareSchema(): string {
  return 'Setup.com /PrepareSchema';
}

/** /PrepareAD creates the organization in a new forest, so that is where its name is given. */
export function prepareAd(organizationName?: string): string {
  return organizationName === undefined
    ? 'Setup.com /PrepareAD'
    : `Setup.com /PrepareAD /OrganizationName:${quoteValue(organizationName)}`;
}

export function prepareDomain(): string {
  return 'Setup.com /PrepareDomain';
}

/** Removes a clustered mailbox server from its active node before the Mailbox role can go. */
export function removeCms(cmsName: string): string {
  return `Setup.com /RemoveCms /CMSName:${cmsName}`;
}
