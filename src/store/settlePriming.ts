// When an editable plan opens, the layout settle learns which containers are tidy while the page is
// idle (primeSettle), instead of during the first edit: the first role added or palette item placed
// is then as quick as the ones after it. Only where the browser has idle callbacks (not in Node).
import { primeSettle } from '../layout/settle.ts';
import type { Plan } from '../model/index.ts';
import { usePlanStore } from './planStore.ts';

let primed: Plan | undefined;
let pending = false;

function schedule() {
  if (pending || typeof requestIdleCallback !== 'function') return;
  pending = true;
  requestIdleCallback(
    () => {
      pending = false;
      const { plan, readOnly } = usePlanStore.getState();
      if (readOnly || plan === primed) return;
      primed = plan;
      primeSettle(plan);
    },
    { timeout: 2000 },
  );
}

/** Primes the settle for each plan opened for editing from now on (and the one open now). */
export function primeSettleOnOpen() {
  usePlanStore.subscribe((state, previous) => {
    if (!state.readOnly && (state.planId !== previous.planId || previous.readOnly)) schedule();
  });
  if (!usePlanStore.getState().readOnly) schedule();
}
