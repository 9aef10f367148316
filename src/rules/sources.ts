// rules.md cites its sources by abbreviation; findings, the "why?" panel and the README show the
// full names, so the expansion lives in one table that a test checks against the spec's column.

/** Microsoft TechNet, Exchange 2007 library unless noted. */
export const SOURCE_NAMES: Readonly<Record<string, string>> = {
  DEPLOY: 'Deploying Exchange 2007 Server Roles',
  MODIFY: 'How to Modify an Exchange Installation',
  SIMPLE: 'Simple Exchange Organizations with a Single Server',
  SYSREQ: 'Exchange 2007 System Requirements',
  EDITIONS: 'Exchange Server 2007 Platforms, Editions, and Versions',
  CCR: 'Cluster Continuous Replication',
  SCC: 'Single Copy Clusters',
  SCR: 'Standby Continuous Replication',
  LCR: 'Local Continuous Replication',
  EDGE: 'Planning for Edge Transport Servers; Subscribing the Edge Transport Server',
  COEX: 'Planning for Coexistence',
  LINKSTATE: 'How to Suppress Link State Updates',
  RATIO: 'Planning Server Role Ratios',
  WS08: 'Exchange Team blog: Exchange Server and Windows Server 2008',
  PROC: 'Planning Processor Configurations',
  ORGNAME: 'Exchange Organization Page (organization name rules)',
  UPGRADE: 'Upgrading to Exchange 2007',
  DCMATRIX: 'Exchange Server Supportability Matrix (domain controllers)',
  DCPROMO: 'Installing Exchange 2007 on a domain controller (System Requirements notes)',
  // Sources of the rules docs/rules.md adds beyond the specification.
  PATHS: 'Naming Files, Paths, and Namespaces (Windows)',
  CMDLINE: 'cmd.exe and Windows PowerShell command-line parsing',
  // Sources rules.md names in words rather than by abbreviation.
  'UM server docs': 'Unified Messaging server documentation',
  'SCC planning page': 'Planning for Single Copy Clusters',
  'CCR planning page': 'Planning for Cluster Continuous Replication',
  ExBPA: 'Exchange Best Practices Analyzer (ExBPA)',
  'UM planning': 'Planning for Unified Messaging',
  'Windows computer naming': 'Windows computer naming conventions (NetBIOS names)',
  'Hub Transport planning': 'Planning for Hub Transport Servers',
  'Client Access planning': 'Planning for Client Access Servers',
  // rules.md gives no source for a few structural rules; "—" says so rather than inventing one.
  '—': '—',
};

export type SourceKey = keyof typeof SOURCE_NAMES & string;

/** "Deploying Exchange 2007 Server Roles; How to Modify an Exchange Installation" */
export function sourceNames(keys: readonly string[]): string {
  return keys
    .map((key) => {
      const name = SOURCE_NAMES[key];
      if (name === undefined) throw new Error(`unknown rule source "${key}"`);
      return name;
    })
    .join('; ');
}
