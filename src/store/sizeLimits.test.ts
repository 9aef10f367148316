// An edit that would take the plan past the size limits is refused: the plan would be saved, but
// refused the next time it is opened (its autosave, its link, its file), so nothing is lost.
import { describe, expect, it } from 'vitest';
import { makeServer } from '../model/edits.ts';
import { MAX_SERVERS } from '../model/limits.ts';
import { plan } from '../model/builder.ts';
import { parsePlan } from '../model/parse.ts';
import { serializePlan } from '../model/serialize.ts';
import { duplicateSelection, edit, select } from './actions.ts';
import { usePlanStore } from './planStore.ts';
import { PlanDocument } from '../doc/index.ts';
import { useToasts } from './toasts.ts';

const full = () => {
  const p = plan('Full').site('hq').build();
  return {
    ...p,
    servers: Array.from({ length: MAX_SERVERS }, (_, i) =>
      makeServer({ id: `s${i}`, name: `EX${i}`, site: 'hq' }),
    ),
  };
};

describe('edits at the size limit', () => {
  it('refuses a paste that would pass 5,000 servers, with a notice, and keeps the plan', () => {
    usePlanStore.getState().open('p', PlanDocument.fromPlan(full()));
    const before = usePlanStore.getState().plan;
    select(['s1', 's2']);
    duplicateSelection();
    expect(usePlanStore.getState().plan).toBe(before);
    expect(usePlanStore.getState().selection).toEqual(['s1', 's2']);
    expect(useToasts.getState().toasts.at(-1)).toMatchObject({
      tone: 'error',
      text: 'This would make 5,002 servers; a plan may have at most 5,000. Nothing was changed.',
    });
    expect(parsePlan(serializePlan(before)).ok).toBe(true);
  });

  it('still allows edits that do not grow the plan, and growth below the limit', () => {
    usePlanStore.getState().open('p', PlanDocument.fromPlan(full()));
    expect(edit((p) => ({ ...p, servers: p.servers.slice(1) }))).toBe(true);
    expect(
      edit((p) => ({ ...p, servers: [...p.servers, makeServer({ id: 'back', name: 'BACK', site: 'hq' })] })),
    ).toBe(true);
    expect(usePlanStore.getState().plan.servers).toHaveLength(MAX_SERVERS);
  });
});
