// Roles on one computer: which Exchange 2007 roles may share a server, and where each may live.
import { listRoles, PRODUCT_LABEL } from '../model/labels.ts';
import type { Role } from '../model/schema.ts';
import { family } from './define.ts';
import type { Finding } from './types.ts';
import { nameOf } from './words.ts';

const rule = family('Roles on one computer');
const INTERNAL_ROLES: readonly Role[] = ['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging'];
const needs = (roles: readonly Role[]) => (roles.length === 1 ? 'needs' : 'need');

export const edgeAlone = rule(
  {
    id: 'edge-alone',
    severity: 'error',
    title: 'Edge Transport must be alone on its server',
    why: 'Setup will not install the Edge Transport role beside any other role: it sits in the perimeter network, outside the forest the other roles need.',
    sources: ['DEPLOY', 'MODIFY'],
    fix: 'Move the other roles to an internal server, or Edge Transport to its own server in the perimeter network.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.withRole('EdgeTransport')) {
      if (s.roles.length < 2) continue;
      const others = listRoles(s.roles.filter((r) => r !== 'EdgeTransport'));
      out.push(
        found(
          [s.id],
          `${nameOf(s.name)} runs Edge Transport with ${others}. Edge Transport must be alone on its server: move ${others} to an internal server.`,
        ),
      );
    }
    return out;
  },
);

export const edgeOutsideForest = rule(
  {
    id: 'edge-outside-forest',
    severity: 'warning',
    title: 'Edge Transport belongs outside the internal forest',
    why: 'Microsoft deploys Edge Transport outside the internal Active Directory forest, as a stand-alone server or a member of a perimeter domain; it gets directory data by Edge subscription. Setup does not refuse a domain member, so this is a recommendation, not a block.',
    sources: ['MODIFY', 'EDGE'],
    fix: 'Move the Edge Transport server into a perimeter network site.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.withRole('EdgeTransport')) {
      const site = s.site === undefined ? undefined : ix.sites.get(s.site);
      if (site?.kind !== 'ad-site') continue;
      out.push(
        found(
          [s.id],
          `${nameOf(s.name)} runs Edge Transport inside the Active Directory site ${nameOf(site.name)}. Microsoft deploys Edge Transport outside the internal forest: move it to a perimeter network site (a workgroup or a perimeter domain).`,
        ),
      );
    }
    return out;
  },
);

export const roleNeedsForest = rule(
  {
    id: 'role-needs-forest',
    severity: 'error',
    title: 'Mailbox, Client Access, Hub Transport and Unified Messaging need the internal forest',
    why: 'These roles read and write Active Directory, so their servers must be members of the internal forest, not of the perimeter network.',
    sources: ['MODIFY', 'UM server docs'],
    fix: 'Move the server into an Active Directory site, or move those roles to an internal server.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.perimeterServers) {
      const internal = s.roles.filter((r) => INTERNAL_ROLES.includes(r));
      if (internal.length === 0) continue;
      out.push(
        found(
          [s.id],
          `${nameOf(s.name)} is in the perimeter network ${ix.named(s.site!)} but runs ${listRoles(internal)}, which ${needs(internal)} the internal forest. Move it to an Active Directory site.`,
        ),
      );
    }
    return out;
  },
);

export const clusterMailboxOnly = rule(
  {
    id: 'cluster-mailbox-only',
    severity: 'error',
    title: 'Only the Mailbox role may run on a cluster node',
    why: 'In a Windows failover cluster (CCR or SCC) Exchange 2007 clusters only the Mailbox role; Setup refuses any other role on a node.',
    sources: ['SIMPLE', 'CCR', 'SCC'],
    fix: 'Move the other roles to a server outside the cluster.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.clusterNodes) {
      if (s.cluster === undefined) continue;
      const others = s.roles.filter((r) => r !== 'Mailbox');
      if (others.length === 0) continue;
      const roles = listRoles(others);
      out.push(
        found(
          [s.id, s.cluster],
          `${nameOf(s.name)} is a node of cluster ${ix.named(s.cluster)} but also runs ${roles}. Only the Mailbox role may run on a cluster node: move ${roles} to another server.`,
        ),
      );
    }
    return out;
  },
);

export const clusterNodeMailbox = rule(
  {
    id: 'cluster-node-mailbox',
    severity: 'error',
    title: 'Every cluster node runs the Mailbox role',
    why: 'A cluster holds one clustered mailbox server; each node, active or passive, is installed with the Mailbox role.',
    sources: ['CCR', 'SCC'],
    fix: 'Add the Mailbox role to the node, or take the server out of the cluster.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.clusterNodes) {
      if (s.cluster === undefined || s.roles.includes('Mailbox')) continue;
      out.push(
        found(
          [s.id, s.cluster],
          `${nameOf(s.name)} is a node of cluster ${ix.named(s.cluster)} but does not have the Mailbox role. Add Mailbox to it, or take it out of the cluster.`,
        ),
      );
    }
    return out;
  },
);

export const legacyNo2007Roles = rule(
  {
    id: 'legacy-no-2007-roles',
    severity: 'error',
    title: 'Exchange 2007 roles cannot go on an earlier Exchange server',
    why: 'Exchange 2007 cannot share a computer with an earlier version, and there is no in-place upgrade.',
    sources: ['COEX'],
    fix: 'Put the Exchange 2007 roles on a new Exchange 2007 server.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.earlier) {
      if (s.roles.length === 0) continue;
      const roles = listRoles(s.roles);
      out.push(
        found(
          [s.id],
          `${nameOf(s.name)} runs ${PRODUCT_LABEL[s.product]} and lists ${roles}. Exchange 2007 cannot share a computer with an earlier version: put ${roles} on a new Exchange 2007 server.`,
        ),
      );
    }
    return out;
  },
);

export const ROLE_RULES = [
  edgeAlone,
  edgeOutsideForest,
  roleNeedsForest,
  clusterMailboxOnly,
  clusterNodeMailbox,
  legacyNo2007Roles,
];
