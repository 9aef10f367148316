// A server: its computer name, placement, product, roles, cluster and platform.
import { memo } from 'react';
import { moveServerToSite, setServerCluster, updateServer } from '../../model/index.ts';
import { edit } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { ItemIcon } from '../../canvas/Icon.tsx';
import { COMPUTER_NAME_HINT, otherComputerNames, parseComputerName } from './checks.ts';
import { Section, SelectField, TextField } from './fields.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import { clusterOptions, PRODUCT_OPTIONS, siteOptions } from './options.ts';
import { ServerPlatform } from './ServerPlatform.tsx';
import { ServerRoles } from './ServerRoles.tsx';
import { ServerCommandsSection } from '../../app/later.tsx';

/** The site choice: every site of the plan, drawn again only when the sites or the value change. */
const SiteField = memo(function SiteField({ id, site }: { id: string; site: string | undefined }) {
  const sites = usePlanStore((s) => s.plan.sites);
  return (
    <SelectField
      label="Site"
      value={site}
      options={siteOptions(sites)}
      empty="Not placed"
      onChange={(next) => edit((p) => moveServerToSite(p, id, next))}
    />
  );
});

/** The cluster choice: every cluster of the plan, drawn again only when the clusters or the value change. */
const ClusterField = memo(function ClusterField({ id, cluster }: { id: string; cluster: string | undefined }) {
  const clusters = usePlanStore((s) => s.plan.clusters);
  return (
    <SelectField
      label="Cluster"
      value={cluster}
      options={clusterOptions(clusters)}
      empty="None (standalone server)"
      onChange={(next) => edit((p) => setServerCluster(p, id, next))}
      hint={
        clusters.length === 0
          ? 'No clusters yet: add one from the palette.'
          : 'A node of a clustered mailbox server; it joins the site of the other nodes.'
      }
    />
  );
});

export function ServerFields({ id }: { id: string }) {
  const server = usePlanStore((s) => s.plan.servers.find((x) => x.id === id));
  // Read when a name is checked, not on every store change: a pass over every computer in the plan.
  const others = () => otherComputerNames(usePlanStore.getState().plan, id);
  if (!server) return null;
  const legacy = server.product !== 'exchange2007';
  return (
    <ItemFrame
      id={id}
      icon={<ItemIcon name={legacy ? 'legacy' : 'server'} size={16} />}
      kind="Server"
      title={server.name}
    >
      <Section title="Computer">
        <TextField
          label="Server name"
          value={server.name}
          parse={(text) => parseComputerName(text, others())}
          onCommit={(name) => edit((p) => updateServer(p, id, { name }))}
          hint={COMPUTER_NAME_HINT}
        />
        <SiteField id={id} site={server.site} />
        <SelectField
          label="Product"
          value={server.product}
          options={PRODUCT_OPTIONS}
          onChange={(product) => product && edit((p) => updateServer(p, id, { product }))}
          hint={legacy ? 'An existing server of an earlier version, kept during the transition.' : undefined}
        />
      </Section>
      <ServerRoles server={server} />
      <Section title="Clustering">
        <ClusterField id={id} cluster={server.cluster} />
      </Section>
      <ServerPlatform server={server} />
      <ServerCommandsSection serverId={id} />
    </ItemFrame>
  );
}
