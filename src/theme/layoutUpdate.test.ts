// The layout of each edited plan is updated from the last one resolved (layoutUpdate.ts); a fresh
// resolve must give exactly the same boxes, in the same order, and the same bounds. Random runs of
// a user's edits, plus what only the layout table changes: a stored position dropped (the item
// falls back to its slot, sites stand side by side), a site or cluster given a stored size, and a
// step back to an earlier plan (undo).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStep, editStarts, editStep } from '../layout/testing/randomEdits.ts';
import { newLayout, noteLayoutChange } from '../model/positions.ts';
import type { Plan } from '../model/index.ts';
import { enableLayoutUpdates, resolveLayout, resolveLayoutAfresh } from './geometry.ts';
import { updateLayout } from './layoutUpdate.ts';

enableLayoutUpdates(updateLayout);

const layoutStep = fc.oneof(
  fc.record({ kind: fc.constant('unplace' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('size' as const), at: fc.nat(), width: fc.integer({ min: 0, max: 1600 }), height: fc.integer({ min: 0, max: 1200 }) }),
  fc.record({ kind: fc.constant('back' as const), at: fc.nat() }),
);
const step = fc.oneof(editStep, layoutStep);

function applyLayoutStep(plan: Plan, s: typeof layoutStep extends fc.Arbitrary<infer T> ? T : never, history: readonly Plan[]): Plan {
  const boxes = resolveLayout(plan).boxes;
  if (s.kind === 'back') return history[s.at % history.length]!;
  const box = s.kind === 'unplace' ? boxes[s.at % boxes.length] : boxes.filter((b) => b.kind !== 'server' && b.kind !== 'infrastructure')[s.at % boxes.length];
  if (!box) return plan;
  const layout = Object.assign(newLayout(), plan.layout);
  if (s.kind === 'unplace') delete layout[box.id];
  else layout[box.id] = { ...(layout[box.id] ?? { x: box.x, y: box.y }), width: s.width, height: s.height };
  return { ...plan, layout };
}

describe.each(editStarts)('the layout of %s, edit after edit', (_, start) => {
  it('is what a fresh resolve gives, and what did not change keeps its box', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), (steps) => {
        // A new plan object: resolved now, so the run's first edit is updated from it.
        let plan = { ...start() };
        const history = [plan];
        let before = resolveLayout(plan);
        steps.forEach((s, i) => {
          plan = s.kind === 'unplace' || s.kind === 'size' || s.kind === 'back' ? applyLayoutStep(plan, s, history) : applyStep(plan, s, i);
          history.push(plan);
          const after = resolveLayout(plan);
          const fresh = resolveLayoutAfresh(plan);
          const what = `after step ${i + 1}: ${JSON.stringify(s)}`;
          expect(after.boxes, what).toEqual(fresh.boxes);
          expect(after.bounds, what).toEqual(fresh.bounds);
          expect([...after.byId.keys()].sort(), what).toEqual([...fresh.byId.keys()].sort());
          // Settle resolves plans of its own between the two (an item pushed and pushed back is a new box).
          const direct = ['rename', 'link', 'unlink', 'unplace', 'size'].includes(s.kind);
          for (const box of after.boxes) {
            expect(after.byId.get(box.id), what).toBe(box);
            const was = before.byId.get(box.id);
            if (direct && was && JSON.stringify(was) === JSON.stringify(box)) expect(box, `${box.id} kept, ${what}`).toBe(was);
          }
          before = after;
        });
      }),
      { numRuns: 60 },
    );
  });
});

describe('the layout of a plan with sites side by side (no stored positions)', () => {
  it('moves the sites after one that grew', () => {
    const plan = editStarts[1]![1]();
    const unplaced: Plan = { ...plan, layout: Object.fromEntries(Object.entries(plan.layout ?? {}).filter(([id]) => !plan.sites.some((s) => s.id === id))) };
    const first = resolveLayout(unplaced);
    const site = plan.sites[0]!;
    const grown: Plan = { ...unplaced, layout: { ...unplaced.layout, [plan.servers.find((s) => s.site === site.id && !s.cluster)!.id]: { x: 900, y: 60 } } };
    const after = resolveLayout(grown);
    expect(after.boxes).toEqual(resolveLayoutAfresh(grown).boxes);
    expect(after.byId.get(plan.sites[1]!.id)!.absX).toBeGreaterThan(first.byId.get(plan.sites[1]!.id)!.absX);
  });
});

describe('two layouts made from one table', () => {
  it('are told apart by the entries each changed', () => {
    const plan = { ...editStarts[1]![1]() };
    const [a, b] = plan.servers.filter((s) => !s.cluster);
    const made = (id: string, x: number): Plan => {
      const layout = Object.assign(newLayout(), plan.layout);
      layout[id] = { x, y: 400 };
      noteLayoutChange(layout, plan.layout, [id]);
      return { ...plan, layout };
    };
    resolveLayout(plan);
    const first = made(a!.id, 500);
    const second = made(b!.id, 700);
    resolveLayout(first);
    expect(resolveLayout(second)).toEqual(resolveLayoutAfresh(second));
    expect(resolveLayout(second).byId.get(a!.id)).toEqual(resolveLayoutAfresh(plan).byId.get(a!.id));
  });
});
