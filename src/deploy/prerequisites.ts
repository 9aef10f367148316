// Windows prerequisites per server, by operating system and roles (Exchange 2007 System
// Requirements; the Windows Server 2008 feature names are ServerManagerCmd's). Setup's readiness
// checks refuse to install a role whose prerequisites are missing, so they come before anything else.
import { listRoles } from '../model/labels.ts';
import type { Cluster, Role, Server } from '../model/schema.ts';
import type { DeploymentFacts } from './facts.ts';
import { inInstallOrder } from './setup.ts';
import type { DeployStep } from './types.ts';

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
    ? ['Update KB921181 (file share witness for majority node set clusters)']
    : [];
}

export function prerequisitesStep(server: Server, facts: DeploymentFacts): DeployStep {
  const roles = inInstallOrder(server.roles);
  const cluster = facts.plan.clusters.find((c) => c.id === server.cluster);
  const windows2008 = server.os === 'windows2008' || server.os === 'windows2008r2';
  const base = {
    id: `prerequisites:${server.id}`,
    kind: 'prerequisites' as const,
    title: `Prerequisites on ${server.name}`,
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
  const features = [
    ...new Set(['PowerShell', ...roles.flatMap((r) => ROLE_2008[r]), ...clusterNeeds(cluster, true)]),
  ];
  const edge = roles.includes('EdgeTransport')
    ? ' Edge Transport uses AD LDS (the ADLDS role) in place of ADAM.'
    : '';
  return {
    ...base,
    reason: `${reason} .NET Framework 2.0 and MMC 3.0 are part of Windows Server 2008; the rest are features.${edge}`,
    command: features.map((f) => `ServerManagerCmd -i ${f}`).join('\n'),
    shell: 'cmd',
    details: [
      '.NET Framework 2.0 and MMC 3.0 (included)',
      ...features.map((f) => (f === 'PowerShell' ? 'Windows PowerShell 1.0 (PowerShell feature)' : f)),
    ],
  };
}
