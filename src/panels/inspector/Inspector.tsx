// The right-hand panel: every field of the selected item, or the plan's own fields when nothing
// (or several things) is selected. Each field kind lives in its own file; this one only chooses.
import { useRef, useState, type ReactNode } from 'react';
import type { Plan } from '../../model/index.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { useView } from '../../store/view.ts';
import { ClusterFields, InfraFields, LinkFields, ServerFields, SiteFields } from '../../app/later.tsx';
import { InspectedItem, useFocusFollowsItem } from './inspected.ts';
import { PlanFields } from './PlanFields.tsx';
import './inspector.css';

type ItemKind = 'site' | 'server' | 'cluster' | 'infrastructure' | 'link';

function kindOf(plan: Plan, id: string | undefined): ItemKind | undefined {
  if (id === undefined) return undefined;
  if (plan.servers.some((x) => x.id === id)) return 'server';
  if (plan.sites.some((x) => x.id === id)) return 'site';
  if (plan.clusters.some((x) => x.id === id)) return 'cluster';
  if (plan.infrastructure.some((x) => x.id === id)) return 'infrastructure';
  if (plan.links.some((x) => x.id === id)) return 'link';
  return undefined;
}

const FIELDS: Record<ItemKind, (props: { id: string }) => ReactNode> = {
  site: SiteFields,
  server: ServerFields,
  cluster: ClusterFields,
  infrastructure: InfraFields,
  link: LinkFields,
};

/** `value`, kept as it was while an item is dragged on the canvas. */
function useHeldWhileDragging<T>(value: T): T {
  const dragging = useView((s) => s.dragging);
  const [held, setHeld] = useState(value);
  if (!dragging && held !== value) setHeld(value);
  return dragging ? held : value;
}

export function Inspector() {
  // A click draws the selected item's fields in the same commit as the selection (one commit, not a
  // deferred one after the canvas's own); while an item is dragged the selection shown is held, so
  // no frame of the drag draws the inspector again. The next item of the same kind is drawn into the
  // same elements; what holds state for one item is keyed by it (inspected.ts).
  const selection = useHeldWhileDragging(usePlanStore((s) => s.selection));
  const count = selection.length;
  const only = count === 1 ? selection[0] : undefined;
  const kind = usePlanStore((s) => kindOf(s.plan, only));
  const readOnly = usePlanStore((s) => s.readOnly);
  const Fields = kind && FIELDS[kind];
  const panel = useRef<HTMLDivElement>(null);
  useFocusFollowsItem(panel, only);
  return (
    <div className="inspector" data-testid="inspector" ref={panel}>
      {readOnly && <p className="insp-readonly">Shared plan, read-only: open a copy to edit it.</p>}
      {Fields && only !== undefined ? (
        <InspectedItem value={only}>
          <Fields id={only} />
        </InspectedItem>
      ) : (
        <PlanFields selected={count} />
      )}
    </div>
  );
}
