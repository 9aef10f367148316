// Zoomed out, React Flow holds only the cards under the pointer or selected, with their containers
// as hidden nodes. `cardsOf` finds them by walking up from each card; it must hand React Flow
// exactly what filtering every node (the selection merged in) hands it, in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStep, editStarts, editStep } from '../layout/testing/randomEdits.ts';
import { templateById, TEMPLATES } from '../templates/index.ts';
import { createPlanToFlow, type PlanNode } from './planToFlow.ts';
import { cardsOf } from './useFlowItems.ts';

/** The straightforward reading: every node with the selection merged in, then the shown ones and their containers. */
function filtered(nodes: readonly PlanNode[], shown: ReadonlySet<string>, chosen: ReadonlySet<string>, twin: (n: PlanNode) => PlanNode) {
  const selected = nodes.map((n) => (chosen.has(n.id) ? twin(n) : n));
  const byId = new Map(selected.map((n) => [n.id, n]));
  const containers = new Set<string>();
  for (const id of shown)
    for (let parent = byId.get(id)?.parentId; parent && !containers.has(parent); parent = byId.get(parent)?.parentId) containers.add(parent);
  return selected.filter((n) => shown.has(n.id) || containers.has(n.id)).map((n) => (shown.has(n.id) ? n : { ...n, hidden: true }));
}

const twins = () => {
  const made = new Map<PlanNode, PlanNode>();
  return (n: PlanNode) => made.get(n) ?? (made.set(n, { ...n, selected: true }), made.get(n)!);
};

describe('the cards React Flow holds zoomed out', () => {
  it.each(TEMPLATES.map((t) => [t.id]))('%s: the shown items and their containers, as filtering every node gives them', (id) => {
    const plan = templateById(id)!.plan;
    const { nodes } = createPlanToFlow()(plan, new Map(), new Set());
    const ids = [...nodes.map((n) => n.id), 'not-in-the-plan'];
    fc.assert(
      fc.property(fc.subarray(ids), fc.subarray(ids), (shown, chosen) => {
        const twin = twins();
        const [s, c] = [new Set(shown), new Set(chosen)];
        expect(cardsOf(nodes, s, c, twin)).toEqual(filtered(nodes, s, c, twin));
      }),
      { numRuns: 60 },
    );
  });

  it('finds them where the mapping put them after random edits, in its newest nodes and in older ones', () => {
    const [, start] = editStarts[1]!;
    fc.assert(
      fc.property(fc.array(editStep, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (steps, picks) => {
        const toFlow = createPlanToFlow();
        let plan = start();
        const mapped = [toFlow(plan, new Map(), new Set()).nodes];
        steps.forEach((s, i) => {
          plan = applyStep(plan, s, i);
          mapped.push(toFlow(plan, new Map(), new Set()).nodes);
        });
        for (const nodes of [mapped.at(-1)!, mapped[0]!, mapped.at(-2)!]) {
          const ids = [...picks.map((n) => nodes[n % nodes.length]!.id), 'not-in-the-plan'];
          const twin = twins();
          const [shown, chosen] = [new Set(ids.slice(0, 3)), new Set(ids.slice(2))];
          expect(cardsOf(nodes, shown, chosen, twin)).toEqual(filtered(nodes, shown, chosen, twin));
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps each card and hidden container the same object from one call to the next', () => {
    const plan = templateById('figure-3')!.plan;
    const { nodes } = createPlanToFlow()(plan, new Map(), new Set());
    const server = nodes.find((n) => n.type === 'server' && n.parentId)!;
    const twin = twins();
    const first = cardsOf(nodes, new Set([server.id]), new Set([server.id]), twin);
    const again = cardsOf(nodes, new Set([server.id]), new Set([server.id]), twin);
    expect(first.length).toBeGreaterThan(1);
    first.forEach((n, i) => expect(again[i]).toBe(n));
    expect(first.at(-1)).toMatchObject({ id: server.id, selected: true });
    expect(first.slice(0, -1).every((n) => n.hidden)).toBe(true);
  });
});
