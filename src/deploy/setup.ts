// Setup.com command lines, exactly the forms of docs/rules.md "The Setup.com facts". Builders take
// values already made safe by values.ts (quoted, or placeholders); deciding which switches a server
// needs is install.ts's job, not this file's.
import type { Role, ServicePack } from '../model/schema.ts';

/** Tokens for what the plan does not know: obvious enough that nobody runs them by mistake. */
export const PLACEHOLDER = {
  organizationName: '<organization name>',
  cmsIpAddress: '<CMS IP address>',
  cmsDataPath: '<CMS data path>',
  legacyBridgehead: '<legacy bridgehead>',
  witnessServer: '<witness server>',
  clusterServiceAccount: '<DOMAIN\\cluster service account>',
  clusterComputerAccount: '<DOMAIN\\failover cluster name$>',
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

export function inInstallOrder(roles: readonly Role[]): Role[] {
  return INSTALL_ORDER.filter((r) => roles.includes(r));
}

/** Where Setup.com runs from on a server that already has Exchange: never its bin folder. */
export function fromMedia(servicePack: ServicePack): string {
  const build = servicePack === 'RTM' ? 'Exchange 2007 (RTM)' : `Exchange 2007 ${servicePack}`;
  return `Run Setup.com from the ${build} installation media (or a copy of it), the build the server runs, not from the Exchange bin folder: once an update rollup is installed, the bin folder's copy stops with a version mismatch. Add or Remove Programs (Microsoft Exchange, Change) does the same.`;
}

/** The clustered mailbox server's name and address, as /NewCms and /RecoverCMS take them. */
export interface CmsSwitches {
  name: string;
  ipAddress: string;
  /** Windows Server 2008 and 2008 R2 take /CMSIPv4Addresses; Windows Server 2003 /CMSIPAddress. */
  windows2008: boolean;
}

const cmsAddress = (cms: CmsSwitches) =>
  `${cms.windows2008 ? '/CMSIPv4Addresses' : '/CMSIPAddress'}:${cms.ipAddress}`;

export interface InstallSwitches {
  organizationName?: string;
  legacyRoutingServer?: string;
  /** The organization's first Mailbox server, with Outlook 2003 or earlier clients. */
  enableLegacyOutlook?: boolean;
  /** Active node of a clustered mailbox server. */
  newCms?: CmsSwitches & { sharedStorage?: { dataPath: string } };
}

/** `Setup.com /mode:Install /roles:...` with the switches in the order Microsoft documents them. */
export function setupInstall(roles: readonly Role[], switches: InstallSwitches = {}): string {
  const parts = ['Setup.com', '/mode:Install', `/roles:${inInstallOrder(roles).join(',')}`];
  if (switches.organizationName !== undefined) parts.push(`/OrganizationName:${switches.organizationName}`);
  if (switches.legacyRoutingServer !== undefined)
    parts.push(`/LegacyRoutingServer:${switches.legacyRoutingServer}`);
  if (switches.enableLegacyOutlook) parts.push('/EnableLegacyOutlook');
  const cms = switches.newCms;
  if (cms) {
    parts.push('/NewCms', `/CMSName:${cms.name}`, cmsAddress(cms));
    if (cms.sharedStorage) parts.push('/CMSSharedStorage', `/CMSDataPath:${cms.sharedStorage.dataPath}`);
  }
  return parts.join(' ');
}

/** `Setup.com /mode:Uninstall /roles:...`; with no roles, Setup removes every role and the management tools. */
export function setupUninstall(roles: readonly Role[] = []): string {
  return roles.length === 0
    ? 'Setup.com /mode:Uninstall'
    : `Setup.com /mode:Uninstall /roles:${inInstallOrder(roles).join(',')}`;
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
    : `Setup.com /PrepareAD /OrganizationName:${organizationName}`;
}

export function prepareDomain(): string {
  return 'Setup.com /PrepareDomain';
}

/** Removes a clustered mailbox server, on its active node, before the Mailbox role can go. */
export function removeCms(cmsName: string): string {
  return `Setup.com /RemoveCMS /CMSName:${cmsName}`;
}

/** Activates a standby cluster after a site loss: the clustered mailbox server is created there. */
export function recoverCms(cms: CmsSwitches): string {
  return `Setup.com /RecoverCMS /CMSName:${cms.name} ${cmsAddress(cms)}`;
}
