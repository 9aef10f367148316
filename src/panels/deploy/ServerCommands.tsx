// The inspector's "Setup commands": what to run on the selected server (or on each node of the
// selected cluster), with copy buttons, and a way to the whole checklist. Kept between edits and
// selections (see serverCommandsMemo.ts); out of view, worked out after the edit itself is painted,
// and for a newly selected item once the fields above them are (they sit below the inspector's fold).
import { useDeferredValue, useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
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

const commandsOf = createServerCommands();

/** Whether the element is in view (the inspector scrolled to it), as the browser last said: false until it says so. */
function useInView(ref: RefObject<Element | null>): boolean {
  const [inView, setInView] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver((entries) => setInView(entries[entries.length - 1]!.isIntersecting));
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return inView;
}

/** `named`: headed by the computer name (a cluster's nodes). */
export function ServerCommands({ serverId, named, inspecting }: { serverId: string; named?: boolean; inspecting: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const inView = useInView(ref);
  const current = usePlanStore((s) => s.plan);
  // In view, an edit's commands are worked out with the edit. Out of view, after its frame is
  // painted; until then the previous plan's are hidden, never shown as this plan's.
  const deferred = useDeferredValue(current);
  const plan = inView ? current : deferred;
  const stale = plan !== current;
  const heading = named ? plan.servers.find((x) => x.id === serverId)?.name : undefined;
  const steps = commandsOf(plan, serverId, findingsOf(plan).all);
  return (
    <div ref={ref} className={`server-commands${stale ? ' stale' : ''}`} aria-busy={stale || undefined}>
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

/** The height the Setup commands last took (CSS px). */
let lastHeight = 0;

/**
 * The commands once the item's first frame is painted; until then an empty space as tall as the
 * last item's commands, so a column scrolled down to them does not get shorter for a frame (which
 * would move the scroll position up). Keyed by the item: the inspector keeps its fields mounted from
 * one item to the next, and the next item's commands wait for its first paint too.
 */
function AfterFirstPaint({ children }: { children: ReactNode }) {
  const shown = usePaintedOnce();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!shown || !el || typeof ResizeObserver !== 'function') return;
    const observer = new ResizeObserver((entries) => (lastHeight = entries[entries.length - 1]!.contentRect.height));
    observer.observe(el);
    return () => observer.disconnect();
  }, [shown]);
  if (!shown) return <div className="commands-reserved" style={{ minHeight: lastHeight }} />;
  return <div ref={ref}>{children}</div>;
}

export function ServerCommandsSection({ serverId }: { serverId: string }) {
  return (
    <Section title="Setup commands">
      <AfterFirstPaint key={serverId}>
        <ServerCommands serverId={serverId} inspecting={serverId} />
        <OpenChecklist />
      </AfterFirstPaint>
    </Section>
  );
}

/** A clustered mailbox server runs nothing itself: its nodes' commands, node by node. */
export function ClusterCommandsSection({ clusterId }: { clusterId: string }) {
  return (
    <Section title="Setup commands">
      <AfterFirstPaint key={clusterId}>
        <ClusterCommands clusterId={clusterId} />
      </AfterFirstPaint>
    </Section>
  );
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
