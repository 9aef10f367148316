import { describe, expect, it } from 'vitest';
import { templateById } from '../templates/index.ts';
import { connect, select } from './actions.ts';
import { openDocument, redo, undo, usePlanStore } from './planStore.ts';
import { PlanDocument } from '../doc/index.ts';

// First in the file: the store as the page finds it before start-up has opened any plan.
describe('before any plan is open', () => {
  it('says it is read-only and takes no edit, undo or redo', () => {
    expect(usePlanStore.getState()).toMatchObject({ readOnly: true, canUndo: false, canRedo: false });
    const before = usePlanStore.getState().plan;
    usePlanStore.getState().apply((p) => ({ ...p, name: 'Changed' }));
    undo();
    redo();
    expect(usePlanStore.getState().plan).toBe(before);
    expect(openDocument()).toBeUndefined();
  });
});

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

  it('has no document behind it (none is made before its first paint), and leaves the last one untouched', () => {
    const edited = PlanDocument.fromPlan(templateById('figure-2')!.plan);
    usePlanStore.getState().open('mine', edited);
    usePlanStore.getState().apply((p) => ({ ...p, name: 'Mine' }));
    usePlanStore.getState().open('', templateById('figure-3')!.plan, { readOnly: true });
    expect(openDocument()).toBeUndefined();
    expect(edited.plan.name).toBe('Mine');
    // Opened again for editing, the document takes edits and undo as before.
    usePlanStore.getState().open('mine', edited);
    usePlanStore.getState().apply((p) => ({ ...p, name: 'Mine again' }));
    expect(usePlanStore.getState()).toMatchObject({ readOnly: false, canUndo: true });
    undo();
    expect(usePlanStore.getState().plan.name).toBe('Mine');
  });

  it('cannot be opened for editing as a plain plan: an edit would have no document to go to', () => {
    const shown = usePlanStore.getState().plan;
    expect(() => usePlanStore.getState().open('x', templateById('figure-1')!.plan)).toThrow(/document/);
    expect(usePlanStore.getState().plan).toBe(shown);
  });
});
