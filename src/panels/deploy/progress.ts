// Which checklist steps are ticked: kept with the open plan (stored, and shown in every tab that
// has it open), or only in memory for a shared (read-only) plan that is not in the library.
import { useState } from 'react';
import { setOpenPlanProgress, useOpenPlanProgress } from '../../store/progress.ts';

export interface Progress {
  done: ReadonlySet<string>;
  toggle: (stepId: string, on: boolean) => void;
}

/** Mount it under `key={planId}`, so another plan starts from its own stored progress. */
export function useChecklistProgress(planId: string, persist: boolean): Progress {
  const stored = persist && planId !== '';
  const kept = useOpenPlanProgress();
  const [memory, setMemory] = useState<ReadonlySet<string>>(() => new Set());
  // Ids of steps the plan no longer has stay stored: undoing an edit brings their ticks back.
  const toggle = (stepId: string, on: boolean) => {
    if (stored) return setOpenPlanProgress(stepId, on);
    const next = new Set(memory);
    if (on) next.add(stepId);
    else next.delete(stepId);
    setMemory(next);
  };
  return { done: stored ? kept : memory, toggle };
}
