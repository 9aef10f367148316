// Tabs of one browser keep a plan in step: a tab that opens the plan later greets the others once
// idle, and from then both hold everything either had; edits made before the greeting are not lost.
import { describe, expect, it } from 'vitest';
import { PlanDocument } from './planDocument.ts';
import { TabSync } from './tabSync.ts';
import { templateById } from '../templates/index.ts';
import { addInfrastructure } from '../model/edits.ts';

const FIGURE_3 = templateById('figure-3')!.plan;
const until = async (done: () => boolean) => {
  for (let i = 0; i < 200 && !done(); i++) await new Promise((wait) => setTimeout(wait, 10));
};

describe('TabSync', () => {
  it('a tab that opens the plan later gets it whole, and gives the first tab its own edit made before greeting', async () => {
    const room = `test-room-${Math.random()}`;
    const first = PlanDocument.fromPlan(FIGURE_3);
    const firstSync = new TabSync(room, first.doc);
    const later = new PlanDocument();
    const laterSync = new TabSync(room, later.doc);
    // An edit in the new tab before it has greeted the others (while its plan is being drawn).
    later.apply(addInfrastructure(later.plan, { id: 'later-internet', name: 'Internet', kind: 'internet' }));
    const hasIt = (plan: typeof FIGURE_3) => plan.infrastructure.some((i) => i.id === 'later-internet');
    await until(() => later.plan.servers.length === FIGURE_3.servers.length && hasIt(first.plan));
    expect(later.plan.servers.map((s) => s.id)).toEqual(FIGURE_3.servers.map((s) => s.id));
    expect(hasIt(first.plan)).toBe(true);
    expect(later.plan).toEqual(first.plan);
    firstSync.destroy();
    laterSync.destroy();
  });

  it('a tab closed before it greeted sends nothing afterwards', async () => {
    const room = `test-room-${Math.random()}`;
    const listener = PlanDocument.fromPlan(FIGURE_3);
    const listening = new TabSync(room, listener.doc);
    const closed = PlanDocument.fromPlan(addInfrastructure(FIGURE_3, { id: 'closed-internet', name: 'Internet', kind: 'internet' }));
    new TabSync(room, closed.doc).destroy();
    await new Promise((wait) => setTimeout(wait, 100));
    expect(listener.plan.infrastructure.some((i) => i.id === 'closed-internet')).toBe(false);
    listening.destroy();
  });
});
