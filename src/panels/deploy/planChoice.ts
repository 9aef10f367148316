// The two plans a comparison reads: choices from the plan list (plus a shared plan that is open but
// not stored), sensible defaults, and loading with the reason when a stored plan cannot be read.
import { isolate } from '../../model/bidi.ts';
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../../model/index.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { loadStoredPlan, useSession } from '../../store/session.ts';

/** The choice standing for a shared plan that is open read-only and not in the library. */
export const OPEN_SHARED = '#open';

export interface PlanOption {
  id: string;
  label: string;
}

export type Loaded = { ok: true; plan: Plan } | { ok: false; message: string };

export function usePlanOptions(): { options: PlanOption[]; openId: string } {
  const entries = useSession((s) => s.entries);
  const planId = usePlanStore((s) => s.planId);
  const readOnly = usePlanStore((s) => s.readOnly);
  const openName = usePlanStore((s) => s.plan.name);
  return useMemo(() => {
    const options = entries.map((e) => ({ id: e.id, label: e.id === planId && !readOnly ? `${isolate(e.name)} (open)` : e.name }));
    if (readOnly) options.unshift({ id: OPEN_SHARED, label: `${isolate(openName)} (shared, open)` });
    return { options, openId: readOnly ? OPEN_SHARED : planId };
  }, [entries, planId, readOnly, openName]);
}

/** Target: the open plan. Installed: the plan listed before it, or else the first other plan. */
function defaults(options: PlanOption[], openId: string) {
  const at = options.findIndex((o) => o.id === openId);
  const previous = at > 0 ? options[at - 1] : options.find((o) => o.id !== openId);
  return { current: previous?.id ?? openId, target: openId };
}

export function usePlanPair(options: PlanOption[], openId: string) {
  const [chosen, setChosen] = useState<{ current?: string; target?: string }>({});
  const fallback = defaults(options, openId);
  const known = (id: string | undefined) => id !== undefined && options.some((o) => o.id === id);
  const current = known(chosen.current) ? chosen.current! : fallback.current;
  const target = known(chosen.target) ? chosen.target! : fallback.target;
  return {
    current,
    target,
    setCurrent: (id: string) => setChosen({ current: id, target }),
    setTarget: (id: string) => setChosen({ current, target: id }),
    swap: () => setChosen({ current: target, target: current }),
  };
}

/** The plan behind a choice; the open plan is passed in so edits to it show at once. */
export function useLoadedPlan(id: string, openId: string, openPlan: Plan): Loaded | undefined {
  // The list entry's save time: a rename or save of that plan reloads it.
  const version = useSession((s) => s.entries.find((e) => e.id === id)?.updatedAt);
  const [stored, setStored] = useState<{ key: string; loaded: Loaded } | undefined>();
  const key = `${id}@${version}`;
  const wanted = id !== '' && id !== openId && version !== undefined;
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadStoredPlan(id).then((loaded) => live && setStored({ key, loaded }));
    return () => {
      live = false;
    };
  }, [wanted, id, key]);
  if (id === '') return undefined;
  if (id === openId) return { ok: true, plan: openPlan };
  return stored?.key === key ? stored.loaded : undefined;
}
