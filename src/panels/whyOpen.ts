// Which findings show their "Why?" text, per plan: opening another plan does not carry an open
// explanation over to a finding that happens to have the same rule and subjects there.
import { create } from 'zustand';

interface WhyOpenState {
  /** Finding keys with their explanation open, by plan id. */
  byPlan: Record<string, readonly string[]>;
}

export const useWhyOpen = create<WhyOpenState>()(() => ({ byPlan: {} }));

export function toggleWhy(planId: string, key: string) {
  useWhyOpen.setState((s) => {
    const open = s.byPlan[planId] ?? [];
    const next = open.includes(key) ? open.filter((k) => k !== key) : [...open, key];
    return { byPlan: { ...s.byPlan, [planId]: next } };
  });
}

/** Whether the finding `key` shows its explanation in plan `planId`. */
export const useWhyIsOpen = (planId: string, key: string) => useWhyOpen((s) => s.byPlan[planId]?.includes(key) ?? false);
