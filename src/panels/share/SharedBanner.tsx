import { usePlanStore } from '../../store/planStore.ts';
import { useTeam } from '../../store/team.ts';
import { openAsNewPlan } from '../../store/session.ts';
import { firstPlanLater } from '../../templates/later.ts';
import { closeSharedPlan, copySharedPlan } from './shareState.ts';

/** Shown over a plan opened from a link: it is view-only until the user copies it. */
export function SharedBanner() {
  const readOnly = usePlanStore((s) => s.readOnly);
  const name = usePlanStore((s) => s.plan.name);
  const teamViewer = useTeam((s) => s.binding?.role === 'viewer');
  if (!readOnly) return null;
  if (teamViewer)
    return (
      <div className="shared-banner" role="region" aria-label="Shared plan">
        <span>
          You are viewing <strong><bdi>{name}</bdi></strong> live with your team. Only editors can change it.
        </span>
        <button className="primary" onClick={() => void copySharedPlan()}>
          Open a copy to edit
        </button>
      </div>
    );
  return (
    <div className="shared-banner" role="region" aria-label="Shared plan">
      <span>
        You are viewing a shared plan, <strong><bdi>{name}</bdi></strong>. It is read-only, and your own plans are untouched.
      </span>
      <button className="primary" onClick={() => void copySharedPlan()}>
        Open a copy to edit
      </button>
      <button onClick={() => void closeSharedPlan(() => firstPlanLater().then((plan) => openAsNewPlan(plan)))}>Back to my plans</button>
    </div>
  );
}
