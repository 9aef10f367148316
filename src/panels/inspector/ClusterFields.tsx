// A clustered mailbox server: name, type, witness, Setup parameters and its nodes.
import { moveClusterToSite, updateCluster, type Server } from '../../model/index.ts';
import { edit, select } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { ItemIcon } from '../../canvas/Icon.tsx';
import {
  COMPUTER_NAME_HINT,
  dataPathWarning,
  otherComputerNames,
  parseComputerName,
  parseIpv4,
  parseOptionalText,
} from './checks.ts';
import { CheckboxField, Section, SelectField, TextField } from './fields.tsx';
import { ItemFrame } from './ItemFrame.tsx';
import { CLUSTER_TYPE_OPTIONS, serverOptions, siteOptions } from './options.ts';
import { ClusterCommandsSection } from '../../app/later.tsx';

type ClusterPatch = Parameters<typeof updateCluster>[2];

export function ClusterFields({ id }: { id: string }) {
  const cluster = usePlanStore((s) => s.plan.clusters.find((c) => c.id === id));
  const servers = usePlanStore((s) => s.plan.servers);
  const sites = usePlanStore((s) => s.plan.sites);
  // Read when a name is checked, not on every store change: a pass over every computer in the plan.
  const others = () => otherComputerNames(usePlanStore.getState().plan, id);
  if (!cluster) return null;
  const set = (patch: ClusterPatch) => edit((p) => updateCluster(p, id, patch));
  const nodes = servers.filter((s) => s.cluster === id);
  return (
    <ItemFrame id={id} icon={<ItemIcon name="cluster" size={16} />} kind="Cluster" title={cluster.name} container>
      <Section title="Clustered mailbox server">
        <TextField
          label="Cluster name"
          value={cluster.name}
          parse={(text) => parseComputerName(text, others())}
          onCommit={(name) => set({ name })}
          hint={`The clustered mailbox server's name. ${COMPUTER_NAME_HINT}`}
        />
        <SelectField
          label="Cluster type"
          value={cluster.type}
          options={CLUSTER_TYPE_OPTIONS}
          onChange={(type) => type && set({ type })}
        />
        <TextField
          label="IP address"
          value={cluster.ipAddress}
          parse={parseIpv4}
          onCommit={(ipAddress) => set({ ipAddress })}
          placeholder="e.g. 10.0.0.50"
          hint="IPv4 address of the clustered mailbox server (Setup's /CMSIPAddress). Empty: not stated."
        />
        {(cluster.type === 'SCC' || cluster.dataPath !== undefined) && (
          <TextField
            label="Data path"
            value={cluster.dataPath}
            parse={parseOptionalText}
            warn={dataPathWarning}
            warnTone="error"
            onCommit={(dataPath) => set({ dataPath })}
            placeholder="e.g. S:\Exchange"
            hint="Path on the shared storage (Setup's /CMSDataPath)."
          />
        )}
        <CheckboxField
          label="Standby cluster (SCR target)"
          checked={cluster.standby === true}
          onChange={(standby) => set({ standby: standby || undefined })}
          hint={`Its nodes run Mailbox passive with no clustered mailbox server: ${cluster.name} is created there by Setup /RecoverCMS only after a site loss.`}
        />
      </Section>
      {(cluster.type === 'CCR' || cluster.witness !== undefined) && (
        <Section title="File share witness">
          <SelectField
            label="Witness server"
            value={cluster.witness}
            options={serverOptions(servers, sites)}
            empty="(not chosen)"
            onChange={(witness) => set({ witness })}
            hint="Microsoft recommends a Hub Transport server in the nodes' site."
          />
        </Section>
      )}
      <Section title={`Nodes (${nodes.length})`}>
        {nodes.length > 0 && (
          <SelectField
            label="Site of the nodes"
            value={nodes[0]?.site}
            options={siteOptions(sites)}
            empty="Not placed"
            onChange={(site) => edit((p) => moveClusterToSite(p, id, site))}
            hint="Moves every node together."
          />
        )}
        <NodeList nodes={nodes} />
      </Section>
      <ClusterCommandsSection clusterId={id} />
    </ItemFrame>
  );
}

function NodeList({ nodes }: { nodes: Server[] }) {
  if (nodes.length === 0)
    return (
      <p className="insp-empty">
        No nodes yet. Drag servers into the cluster on the canvas, or set a server's Cluster field.
      </p>
    );
  return (
    <ul className="insp-list" aria-label="Nodes">
      {nodes.map((node) => (
        <li key={node.id}>
          <button type="button" className="insp-list-button" onClick={() => select([node.id])}>
            <ItemIcon name="server" size={14} />
            <span>{node.name}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
