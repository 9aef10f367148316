// Steps that make Exchange 2007 work beside what is already running: the Edge subscription, the
// routing group connectors to Exchange 2003/2000, and link state suppression on the legacy servers
// (with two or more connectors, minor link state updates would otherwise loop between versions).
import type { Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { PLACEHOLDER } from './setup.ts';
import { placeholdersOf, psArg, type Printed } from './values.ts';
import type { DeployStep } from './types.ts';
import { nameOf } from '../rules/words.ts';

const SUBSCRIPTION_FILE = psArg('C:\\EdgeSubscription.xml');

/** Subscribe an Edge Transport server to the site of its edge-subscription link. */
export function edgeSubscriptionStep(edge: Server, facts: DeploymentFacts): DeployStep {
  const site = facts.subscribedSite.get(edge.id);
  const siteArg: Printed = site
    ? facts.values.site(site, PLACEHOLDER.adSite)
    : {
        text: PLACEHOLDER.adSite,
        placeholder: {
          token: PLACEHOLDER.adSite,
          label: 'Active Directory site to subscribe to',
          field: 'links',
          itemId: edge.id,
        },
      };
  const siteName = site?.name ?? 'the subscribed site';
  const hub = facts.plan.servers.find(
    (s) => s.site === site?.id && s.product === 'exchange2007' && s.roles.includes('HubTransport'),
  );
  const hubText = hub
    ? `a Hub Transport server in ${nameOf(siteName)} (${nameOf(hub.name)})`
    : `a Hub Transport server in ${nameOf(siteName)}`;
  // The shell comments carry names too: only values proved safe, like the arguments.
  const edgeName = facts.values.computer('server', edge.id, '<Edge Transport server>');
  const hubName = hub && facts.values.computer('server', hub.id, '<Hub Transport server>');
  return {
    id: `edge-subscription:${edge.id}`,
    kind: 'edge-subscription',
    title: `Subscribe ${nameOf(edge.name)} to ${nameOf(siteName)}`,
    serverId: edge.id,
    reason:
      'The subscription creates the Send connectors between the Edge and the Hub Transport servers, and EdgeSync copies recipients and configuration to the Edge. Import the file on the Hub within 1440 minutes, before it expires.',
    details: [
      `${sentence(hubText)}: the subscribed site needs one`,
      'Accepted domains and remote domains configured on the Hub Transport servers first: the subscription replaces what was set on the Edge by hand',
      'Port 50636 (EdgeSync, secure LDAP) open from the Hub Transport servers to the Edge, and port 25 (SMTP) open both ways: outbound mail goes from Hub to Edge, inbound from Edge to Hub',
      'The Edge and the Hub Transport servers each able to resolve the other’s name (DNS or hosts file)',
    ],
    command: [
      `# On ${edgeName.text} (Exchange Management Shell)`,
      `New-EdgeSubscription -FileName ${SUBSCRIPTION_FILE}`,
      `# Copy the file to a Hub Transport server in the site ${siteArg.text}${hubName ? ` (${hubName.text})` : ''}, then on that server:`,
      `New-EdgeSubscription -FileName ${SUBSCRIPTION_FILE} -Site ${siteArg.text}`,
      'Start-EdgeSynchronization',
    ].join('\n'),
    shell: 'powershell',
    placeholders: placeholdersOf([edgeName, siteArg, hubName]),
  };
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function connectorCount(facts: DeploymentFacts): number {
  return facts.plan.links.filter((l) => l.kind === 'routing-group-connector').length;
}

/** With two or more routing group connectors, every Exchange 2003/2000 server suppresses minor link state updates. */
export function linkStateSteps(facts: DeploymentFacts): DeployStep[] {
  if (connectorCount(facts) < 2) return [];
  return facts.legacyRouting.map((server) => ({
    id: `link-state:${server.id}`,
    kind: 'link-state' as const,
    title: `Suppress link state updates on ${nameOf(server.name)}`,
    serverId: server.id,
    reason:
      'Exchange 2007 does not use link state routing; with more than one routing group connector, minor link state updates from Exchange 2003/2000 can loop. Set the value, then restart the routing services.',
    command: [
      'reg add "HKLM\\SYSTEM\\CurrentControlSet\\Services\\RESvc\\Parameters" /v SuppressStateChanges /t REG_DWORD /d 1 /f',
      'net stop MSExchangeMTA',
      'net stop SMTPSVC',
      'net stop RESvc',
      'net start RESvc',
      'net start SMTPSVC',
      'net start MSExchangeMTA',
    ].join('\n'),
    shell: 'cmd' as const,
    placeholders: [],
  }));
}

/** One step per routing group connector: Setup made the first; the rest are created in the shell. */
export function connectorSteps(facts: DeploymentFacts): DeployStep[] {
  const steps: DeployStep[] = [];
  for (const link of facts.plan.links) {
    if (link.kind !== 'routing-group-connector') continue;
    const a = facts.servers.get(link.from);
    const b = facts.servers.get(link.to);
    const hub = [a, b].find((s) => s?.product === 'exchange2007');
    const legacy = [a, b].find((s) => s !== undefined && s !== hub);
    if (!hub || !legacy) continue;
    const made = link.id === facts.setupConnectorId;
    const hubName = facts.values.computer('server', hub.id, '<Hub Transport server>');
    const legacyName = facts.values.computer('server', legacy.id, '<legacy bridgehead>');
    steps.push({
      id: `routing-group-connector:${link.id}`,
      kind: 'routing-group-connector',
      title: made
        ? `Check the routing group connector ${nameOf(hub.name)} - ${nameOf(legacy.name)}`
        : `Create the routing group connector ${nameOf(hub.name)} - ${nameOf(legacy.name)}`,
      serverId: hub.id,
      reason: made
        ? `Setup created this connector when it installed ${nameOf(hub.name)} with /LegacyRoutingServer:${nameOf(legacy.name)}; check that it exists in both directions.`
        : 'Mail between Exchange 2007 and Exchange 2003/2000 routing groups flows only over routing group connectors; -Bidirectional creates both directions.',
      command: made
        ? 'Get-RoutingGroupConnector | Format-List Name,SourceTransportServers,TargetTransportServers'
        : `New-RoutingGroupConnector -Name ${psArg(`Interop RGC ${hubName.text}-${legacyName.text}`)} -SourceTransportServers ${psArg(hubName.text)} -TargetTransportServers ${psArg(legacyName.text)} -Cost 10 -Bidirectional $true`,
      shell: 'powershell',
      placeholders: made ? [] : placeholdersOf([hubName, legacyName]),
    });
  }
  return steps;
}
