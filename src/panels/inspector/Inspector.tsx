// The right-hand panel: every field of the selected item, or the plan's own fields when nothing
// (or several things) is selected. Each field kind lives in its own file; this one only chooses.
import { useDeferredValue, type ReactNode } from 'react';
import type { Plan } from '../../model/index.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { ClusterFields } from './ClusterFields.tsx';
import { InfraFields } from './InfraFields.tsx';
import { LinkFields } from './LinkFields.tsx';
import { PlanFields } from './PlanFields.tsx';
import { ServerFields } from './ServerFields.tsx';
import { SiteFields } from './SiteFields.tsx';
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

export function Inspector() {
  // Deferred: a click that starts a drag selects the item, and drawing its fields (and its Setup
  // commands) must not hold up the first frames of the drag; React draws them when it has time.
  const count = useDeferredValue(usePlanStore((s) => s.selection.length));
  const only = useDeferredValue(usePlanStore((s) => (s.selection.length === 1 ? s.selection[0] : undefined)));
  const kind = usePlanStore((s) => kindOf(s.plan, only));
  const readOnly = usePlanStore((s) => s.readOnly);
  const Fields = kind && FIELDS[kind];
  return (
    <div className="inspector" data-testid="inspector">
      {readOnly && <p className="insp-readonly">Shared plan, read-only: open a copy to edit it.</p>}
      {Fields && only !== undefined ? <Fields key={only} id={only} /> : <PlanFields selected={count} />}
    </div>
  );
}
