// What the palette offers. Each entry's visual (icon, color) lives in src/canvas/itemVisuals.ts;
// what dropping it does lives in drop.ts.
import type { ClusterType, InfraKind, Product, Role, SiteKind } from '../model/index.ts';

export type PaletteItem =
  | { kind: 'site'; siteKind: SiteKind }
  | { kind: 'server' }
  | { kind: 'legacy'; product: Exclude<Product, 'exchange2007' | 'exchange55'> }
  | { kind: 'role'; role: Role }
  | { kind: 'cluster'; type: ClusterType }
  | { kind: 'infrastructure'; infraKind: InfraKind };

export interface PaletteEntry {
  key: string;
  label: string;
  group: 'Containers' | 'Servers' | 'Roles' | 'Infrastructure';
  hint: string;
  item: PaletteItem;
}

export const PALETTE: PaletteEntry[] = [
  { key: 'ad-site', label: 'AD site', group: 'Containers', hint: 'An Active Directory site of the internal forest', item: { kind: 'site', siteKind: 'ad-site' } },
  { key: 'perimeter', label: 'Perimeter network', group: 'Containers', hint: 'The perimeter network (DMZ), outside the forest, for Edge Transport', item: { kind: 'site', siteKind: 'perimeter' } },
  { key: 'server', label: 'Exchange 2007 server', group: 'Servers', hint: 'A computer that will run Exchange 2007 roles', item: { kind: 'server' } },
  { key: 'cluster-ccr', label: 'Clustered mailbox (CCR)', group: 'Servers', hint: 'A two-node cluster continuous replication mailbox server', item: { kind: 'cluster', type: 'CCR' } },
  { key: 'cluster-scc', label: 'Clustered mailbox (SCC)', group: 'Servers', hint: 'A single copy cluster on shared storage, 2-8 nodes', item: { kind: 'cluster', type: 'SCC' } },
  { key: 'legacy-2003', label: 'Existing Exchange 2003', group: 'Servers', hint: 'An installed Exchange Server 2003 server', item: { kind: 'legacy', product: 'exchange2003' } },
  { key: 'legacy-2000', label: 'Existing Exchange 2000', group: 'Servers', hint: 'An installed Exchange 2000 Server', item: { kind: 'legacy', product: 'exchange2000' } },
  { key: 'role-Mailbox', label: 'Mailbox', group: 'Roles', hint: 'Mailbox role: hosts mailbox and public folder databases', item: { kind: 'role', role: 'Mailbox' } },
  { key: 'role-ClientAccess', label: 'Client Access', group: 'Roles', hint: 'Client Access role: Outlook Web Access, ActiveSync, Autodiscover', item: { kind: 'role', role: 'ClientAccess' } },
  { key: 'role-HubTransport', label: 'Hub Transport', group: 'Roles', hint: 'Hub Transport role: routes all mail inside the organization', item: { kind: 'role', role: 'HubTransport' } },
  { key: 'role-UnifiedMessaging', label: 'Unified Messaging', group: 'Roles', hint: 'Unified Messaging role: voice mail and fax, via an IP gateway', item: { kind: 'role', role: 'UnifiedMessaging' } },
  { key: 'role-EdgeTransport', label: 'Edge Transport', group: 'Roles', hint: 'Edge Transport role: Internet mail in the perimeter network, alone on its server', item: { kind: 'role', role: 'EdgeTransport' } },
  { key: 'domain-controller', label: 'Domain controller / GC', group: 'Infrastructure', hint: 'A domain controller and global catalog server', item: { kind: 'infrastructure', infraKind: 'domain-controller' } },
  { key: 'internet', label: 'Internet', group: 'Infrastructure', hint: 'The Internet', item: { kind: 'infrastructure', infraKind: 'internet' } },
  { key: 'firewall', label: 'Firewall', group: 'Infrastructure', hint: 'A firewall', item: { kind: 'infrastructure', infraKind: 'firewall' } },
  { key: 'clients', label: 'Clients', group: 'Infrastructure', hint: 'Outlook and web clients', item: { kind: 'infrastructure', infraKind: 'clients' } },
  { key: 'ip-gateway', label: 'IP gateway', group: 'Infrastructure', hint: 'A VoIP gateway for Unified Messaging', item: { kind: 'infrastructure', infraKind: 'ip-gateway' } },
  { key: 'pbx', label: 'PBX', group: 'Infrastructure', hint: 'A telephone PBX', item: { kind: 'infrastructure', infraKind: 'pbx' } },
];

export const paletteEntry = (key: string) => PALETTE.find((e) => e.key === key);
