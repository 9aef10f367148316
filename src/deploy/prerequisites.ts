// Windows prerequisites per server, by operating system and roles (Exchange 2007 System
// Requirements). Windows Server 2008 adds features with ServerManagerCmd, 2008 R2 with
// Add-WindowsFeature (ServerManagerCmd is deprecated there, and PowerShell is built in). Setup's
// readiness checks refuse to install a role whose prerequisites are missing, so they come first.
import { listRoles } from '../model/labels.ts';
import type { Cluster, Role, Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { inInstallOrder } from './setup.ts';
import type { DeployStep } from './types.ts';
import { nameOf } from '../rules/words.ts';

const COMMON_2003 = [
  '.NET Framework 2.0',
  'MMC 3.0 (part of Windows Server 2003 R2)',
  'Windows PowerShell 1.0',
];

const ROLE_2003: Record<Role, string[]> = {
  ClientAccess: [
    'IIS with the World Wide Web Publishing Service',
    'ASP.NET 2.0 enabled in IIS',
    'RPC over HTTP Proxy (for Outlook Anywhere)',
  ],
  HubTransport: ['The IIS SMTP and NNTP services must not be installed'],
  Mailbox: ['IIS with the World Wide Web Publishing Service', 'Network COM+ access enabled'],
  UnifiedMessaging: ['Windows Media Encoder 9 Series', 'Windows Media Audio Voice Codec', 'MSXML 6.0'],
  EdgeTransport: [
    'ADAM (Active Directory Application Mode) SP1, which Edge Transport keeps its configuration in',
    'The IIS SMTP and NNTP services must not be installed',
  ],
};

const IIS_2008 = [
  'Web-Server',
  'Web-ISAPI-Ext',
  'Web-Metabase',
  'Web-Lgcy-Mgmt-Console',
  'Web-Basic-Auth',
  'Web-Windows-Auth',
];

const ROLE_2008: Record<Role, string[]> = {
  ClientAccess: [...IIS_2008, 'Web-Digest-Auth', 'Web-Dyn-Compression', 'RPC-over-HTTP-proxy'],
  HubTransport: [],
  Mailbox: IIS_2008,
  UnifiedMessaging: ['Desktop-Experience'],
  EdgeTransport: ['ADLDS'],
};

function clusterNeeds(cluster: Cluster | undefined, windows2008: boolean): string[] {
  if (!cluster) return [];
  if (windows2008) return ['Failover-Clustering'];
  return cluster.type === 'CCR'
    ? [
        'Windows Server 2003 SP2, or update KB921181 on SP1 (the file share witness of majority node set clusters)',
      ]
    : [];
}

/** Setup prepares the schema from the first server when no separate step does; on 2008 that needs RSAT-ADDS. */
const preparesSchema = (server: Server, facts: DeploymentFacts) =>
  server.id === facts.firstServerId && !facts.context.adPreparedSeparately;

export function prerequisitesStep(server: Server, facts: DeploymentFacts): DeployStep {
  const roles = inInstallOrder(server.roles);
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  const windows2008 = server.os === 'windows2008' || server.os === 'windows2008r2';
  const base = {
    id: `prerequisites:${server.id}`,
    kind: 'prerequisites' as const,
    title: `Prerequisites on ${nameOf(server.name)}`,
    serverId: server.id,
    placeholders: [],
  };
  const reason = `Setup's readiness checks refuse to install ${listRoles(roles)} until these are in place.`;

  if (!windows2008) {
    const details = [...COMMON_2003, ...roles.flatMap((r) => ROLE_2003[r]), ...clusterNeeds(cluster, false)];
    return {
      ...base,
      reason: `${reason} Install them from Windows Server 2003 Add or Remove Programs and the Microsoft Download Center.`,
      details: [...new Set(details)],
    };
  }
  const r2 = server.os === 'windows2008r2';
  const features = [
    ...new Set([
      ...(r2 ? ['NET-Framework'] : ['PowerShell']),
      ...roles.flatMap((r) => ROLE_2008[r]),
      ...clusterNeeds(cluster, true),
      ...(preparesSchema(server, facts) ? ['RSAT-ADDS'] : []),
    ]),
  ];
  const edge = roles.includes('EdgeTransport')
    ? ' Edge Transport uses AD LDS (the ADLDS role) in place of ADAM.'
    : '';
  const schema = preparesSchema(server, facts)
    ? ' As the first server, its Setup prepares the schema, which needs the Active Directory tools (RSAT-ADDS).'
    : '';
  const label = (f: string) =>
    f === 'PowerShell'
      ? 'Windows PowerShell 1.0 (PowerShell feature)'
      : f === 'NET-Framework'
        ? '.NET Framework 3.5.1 (NET-Framework feature, includes 2.0)'
        : f;
  return {
    ...base,
    reason: r2
      ? `${reason} Windows Server 2008 R2 has PowerShell built in and MMC 3.0; the rest are features, added with Add-WindowsFeature (ServerManagerCmd is deprecated on R2).${edge}${schema}`
      : `${reason} .NET Framework 2.0 and MMC 3.0 are part of Windows Server 2008; the rest are features.${edge}${schema}`,
    command: r2
      ? `Import-Module ServerManager\nAdd-WindowsFeature ${features.join(',')}`
      : features.map((f) => `ServerManagerCmd -i ${f}`).join('\n'),
    shell: r2 ? 'powershell' : 'cmd',
    details: [
      r2 ? 'Windows PowerShell and MMC 3.0 (included)' : '.NET Framework 2.0 and MMC 3.0 (included)',
      ...features.map(label),
    ],
  };
}
