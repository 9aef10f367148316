// The inspector's "Setup commands": what to run on the selected server (or on each node of the
// selected cluster), with copy buttons, and a way to the whole checklist. Kept between edits and
// selections (see serverCommandsMemo.ts); drawn after the edit itself is painted, and for a newly
// selected item once the fields above them are (they sit below the inspector's fold).
import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/shallow';
import { createServerCommands } from '../../deploy/index.ts';
import { findingsOf } from '../../store/findings.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { useUi } from '../../app/uiState.ts';
import { ItemIcon } from '../../canvas/Icon.tsx';
import { Section } from '../inspector/fields.tsx';
import { usePaintedOnce } from '../inspector/afterPaint.ts';
import { ChecklistStep } from './ChecklistStep.tsx';
import { setView } from './navigate.ts';

/** `named`: headed by the computer name (a cluster's nodes). */
const commandsOf = createServerCommands();

export function ServerCommands({ serverId, named, inspecting }: { serverId: string; named?: boolean; inspecting: string }) {
  const plan = useDeferredValue(usePlanStore((s) => s.plan));
  const heading = named ? plan.servers.find((x) => x.id === serverId)?.name : undefined;
  const steps = commandsOf(plan, serverId, findingsOf(plan).all);
  return (
    <div className="server-commands">
      {heading && (
        <h4 className="server-commands-heading">
          <ItemIcon name="server" size={13} /> {heading}
        </h4>
      )}
      {steps.length === 0 ? (
        <p className="insp-empty">Nothing to run: no Exchange 2007 role to install here.</p>
      ) : (
        <ol className="steps compact">
          {steps.map((step) => (
            <ChecklistStep key={step.id} step={step} compact inspecting={inspecting} />
          ))}
        </ol>
      )}
    </div>
  );
}

/** A link from the inspector to the Deploy view, where the steps run in order across servers. */
function OpenChecklist() {
  const view = useUi((s) => s.view);
  if (view === 'deploy') return null;
  return (
    <button type="button" className="open-checklist" onClick={() => setView('deploy')}>
      Open the deployment checklist
    </button>
  );
}

export function ServerCommandsSection({ serverId }: { serverId: string }) {
  const shown = usePaintedOnce();
  return (
    <Section title="Setup commands">
      {shown && (
        <>
          <ServerCommands serverId={serverId} inspecting={serverId} />
          <OpenChecklist />
        </>
      )}
    </Section>
  );
}

/** A clustered mailbox server runs nothing itself: its nodes' commands, node by node. */
export function ClusterCommandsSection({ clusterId }: { clusterId: string }) {
  const shown = usePaintedOnce();
  return <Section title="Setup commands">{shown && <ClusterCommands clusterId={clusterId} />}</Section>;
}

function ClusterCommands({ clusterId }: { clusterId: string }) {
  const nodes = usePlanStore(useShallow((s) => s.plan.servers.filter((x) => x.cluster === clusterId).map((x) => x.id)));
  return (
    <>
      {nodes.length === 0 && <p className="insp-empty">The commands appear here once the cluster has nodes.</p>}
      {nodes.map((id) => (
        <ServerCommands key={id} serverId={id} named inspecting={clusterId} />
      ))}
      <OpenChecklist />
    </>
  );
}
