// Shape data for each item: what an architect reads in Visio's Shape Data window or draw.io's
// Edit Data dialog (roles, OS, editions, cluster, site), in the app's own words.
import { OS_LABEL, PRODUCT_LABEL, ROLE_LABEL, SITE_KIND_LABEL } from '../../model/labels.ts';
import type { Cluster, Infrastructure, Plan, Server, Site } from '../../model/schema.ts';
import type { DataField } from './types.ts';

const EDITION = { standard: 'Standard', enterprise: 'Enterprise', datacenter: 'Datacenter' } as const;

const siteName = (plan: Plan, id: string | undefined) =>
  id === undefined ? '' : (plan.sites.find((s) => s.id === id)?.name ?? '');

export function serverData(server: Server, plan: Plan): DataField[] {
  const legacy = server.product !== 'exchange2007';
  const cluster = plan.clusters.find((c) => c.id === server.cluster);
  return [
    { key: 'Roles', label: 'Roles', value: server.roles.map((r) => ROLE_LABEL[r]).join(', ') },
    { key: 'Product', label: 'Product', value: PRODUCT_LABEL[server.product] },
    { key: 'OS', label: 'Operating system', value: legacy ? '' : `${OS_LABEL[server.os]} ${server.arch}` },
    { key: 'WindowsEdition', label: 'Windows edition', value: legacy ? '' : EDITION[server.windowsEdition] },
    { key: 'ExchangeEdition', label: 'Exchange edition', value: legacy ? '' : EDITION[server.exchangeEdition] },
    { key: 'Cluster', label: 'Cluster', value: cluster ? `${cluster.name} (${cluster.type})` : '' },
    { key: 'Site', label: 'Site', value: siteName(plan, server.site) },
  ];
}

export function siteData(site: Site, plan: Plan): DataField[] {
  const servers = plan.servers.filter((s) => s.site === site.id).length;
  return [
    { key: 'Kind', label: 'Kind', value: SITE_KIND_LABEL[site.kind] },
    { key: 'Servers', label: 'Servers', value: String(servers) },
  ];
}

export function clusterData(cluster: Cluster, plan: Plan): DataField[] {
  const nodes = plan.servers.filter((s) => s.cluster === cluster.id);
  const witness = plan.servers.find((s) => s.id === cluster.witness)?.name ?? '';
  return [
    { key: 'Type', label: 'Type', value: cluster.type },
    { key: 'Standby', label: 'Standby cluster (SCR target)', value: cluster.standby ? 'Yes' : 'No' },
    { key: 'Nodes', label: 'Nodes', value: nodes.map((s) => s.name).join(', ') },
    { key: 'Witness', label: 'File share witness', value: witness },
    { key: 'IPAddress', label: 'IP address', value: cluster.ipAddress ?? '' },
    { key: 'Site', label: 'Site', value: siteName(plan, nodes[0]?.site) },
  ];
}

export function infrastructureData(item: Infrastructure, plan: Plan, kindLabel: string): DataField[] {
  const fields: DataField[] = [{ key: 'Kind', label: 'Kind', value: kindLabel }];
  if (item.kind === 'domain-controller')
    fields.push(
      { key: 'OS', label: 'Operating system', value: OS_LABEL[item.os] },
      { key: 'GlobalCatalog', label: 'Global catalog', value: item.globalCatalog ? 'Yes' : 'No' },
      { key: 'ReadOnly', label: 'Read-only', value: item.readOnly ? 'Yes' : 'No' },
    );
  fields.push({ key: 'Site', label: 'Site', value: siteName(plan, item.site) });
  return fields;
}
