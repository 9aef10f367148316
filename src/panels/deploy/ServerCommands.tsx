// The inspector's "Setup commands": what to run on the selected server (or on each node of the
// selected cluster), with copy buttons, and a way to the whole checklist.
import { useMemo } from 'react';
import { serverCommands } from '../../deploy/index.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { useUi } from '../../app/uiState.ts';
import { ChecklistStep } from './ChecklistStep.tsx';

export function ServerCommands({ serverId, heading }: { serverId: string; heading?: string }) {
  const plan = usePlanStore((s) => s.plan);
  const steps = useMemo(() => serverCommands(plan, serverId), [plan, serverId]);
  return (
    <div className="server-commands">
      {heading && <h4 className="server-commands-heading">{heading}</h4>}
      {steps.length === 0 ? (
        <p className="insp-empty">Nothing to run: no Exchange 2007 role to install here.</p>
      ) : (
        <ol className="steps compact">
          {steps.map((step) => (
            <ChecklistStep key={step.id} step={step} compact />
          ))}
        </ol>
      )}
    </div>
  );
}

/** A link from the inspector to the Deploy view, where the steps run in order across servers. */
export function OpenChecklist() {
  const view = useUi((s) => s.view);
  if (view === 'deploy') return null;
  return (
    <button type="button" className="insp-button open-checklist" onClick={() => useUi.getState().set({ view: 'deploy' })}>
      Open the deployment checklist
    </button>
  );
}
