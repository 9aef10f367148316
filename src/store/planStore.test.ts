import { describe, expect, it } from 'vitest';
import { templateById } from '../templates/index.ts';
import { connect, select } from './actions.ts';
import { redo, undo, usePlanStore } from './planStore.ts';
import { PlanDocument } from '../doc/index.ts';

describe('the selection', () => {
  it('never names an item the plan no longer has, after an edit, undo or redo', () => {
    const plan = templateById('figure-2')!.plan;
    usePlanStore.getState().open('test', PlanDocument.fromPlan(plan));
    const [a, b] = plan.servers;
    connect(a!.id, b!.id, 'connection');
    const link = usePlanStore.getState().selection[0]!;
    expect(usePlanStore.getState().plan.links.some((l) => l.id === link)).toBe(true);

    undo();
    expect(usePlanStore.getState().selection).toEqual([]);

    redo();
    select([link, a!.id]);
    usePlanStore.getState().apply((p) => ({ ...p, links: p.links.filter((l) => l.id !== link) }));
    expect(usePlanStore.getState().selection).toEqual([a!.id]);
  });
});

describe('a plan only shown (a share link)', () => {
  it('is shown as it is, and no edit, undo or redo changes it', () => {
    const plan = templateById('figure-3')!.plan;
    usePlanStore.getState().open('', plan, { readOnly: true });
    expect(usePlanStore.getState().plan).toBe(plan);
    usePlanStore.getState().apply((p) => ({ ...p, name: 'Changed' }));
    undo();
    redo();
    expect(usePlanStore.getState().plan).toBe(plan);
    expect(usePlanStore.getState()).toMatchObject({ readOnly: true, canUndo: false, canRedo: false });
  });
});
