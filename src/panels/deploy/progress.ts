// Which checklist steps are ticked: kept per plan in this browser, or only in memory for a shared
// (read-only) plan that is not in the library.
import { useState } from 'react';
import { checklistProgress, saveChecklistProgress } from '../../store/session.ts';

export interface Progress {
  done: ReadonlySet<string>;
  toggle: (stepId: string, on: boolean) => void;
}

/** Mount it under `key={planId}`, so another plan starts from its own stored progress. */
export function useChecklistProgress(planId: string, persist: boolean): Progress {
  const stored = persist && planId !== '';
  const [done, setDone] = useState<ReadonlySet<string>>(() => new Set(stored ? checklistProgress(planId) : []));
  const toggle = (stepId: string, on: boolean) => {
    const next = new Set(done);
    if (on) next.add(stepId);
    else next.delete(stepId);
    setDone(next);
    // Ids of steps the plan no longer has stay stored: undoing an edit brings their ticks back.
    if (stored) saveChecklistProgress(planId, [...next]);
  };
  return { done, toggle };
}
