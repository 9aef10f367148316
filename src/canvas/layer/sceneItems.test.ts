// A scene's items walked beside the last scene's (sceneItems.ts: kept nodes whose boxes the layout's
// noted steps left alone keep their items unlooked-at) must be what a walk of every node gives, with
// layout updates on (as in the app once its first paint is done), after any run of random edits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editPick, randomEdit } from '../../model/testing/randomEdits.ts';
import { templateById } from '../../templates/index.ts';
import { enableLayoutUpdates, resolveLayout } from '../../theme/geometry.ts';
import { updateLayout } from '../../theme/layoutUpdate.ts';
import { createPlanToFlow, type PlanNode } from '../planToFlow.ts';
import { buildScene, type Scene } from './scene.ts';
import { itemsOf, itemsPatched } from './sceneItems.ts';

enableLayoutUpdates(updateLayout);
const start = templateById('figure-3')!.plan;

/** The items and the map by id, by value (the map's order is not read anywhere: sorted). */
const valueOf = (s: Pick<Scene, 'items' | 'byId'>) => ({ items: s.items, byId: [...s.byId].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) });

describe("a scene's items walked beside the last scene's", () => {
  it('are those a walk of every node gives, after random edits, with nodes shuffled, dropped, repeated or a step late now and then', () => {
    const before = itemsPatched.count;
    let steps = 0;
    fc.assert(
      fc.property(fc.array(fc.tuple(editPick, fc.nat(9), fc.nat()), { minLength: 1, maxLength: 10 }), (picks) => {
        const toFlow = createPlanToFlow();
        let plan = start;
        let last = toFlow(plan, new Map(), new Set()).nodes;
        let scene = buildScene(plan, last, []);
        for (const [pick, twist, at] of picks) {
          plan = randomEdit(pick)(plan);
          let nodes: PlanNode[] = toFlow(plan, new Map(), new Set()).nodes;
          // Now and then the nodes come otherwise than planToFlow gives them: two swapped, a run left
          // out, one twice (ids repeated), one a new object with the same fields.
          const i = at % nodes.length;
          const j = (at * 7 + 3) % nodes.length;
          if (twist === 0) nodes = nodes.map((n, k) => (k === i ? nodes[j]! : k === j ? nodes[i]! : n));
          else if (twist === 1) nodes = [...nodes.slice(0, i), ...nodes.slice(i + 1 + (at % 12))];
          else if (twist === 2) nodes = [...nodes, nodes[i]!];
          else if (twist === 3) nodes = nodes.map((n, k) => (k === i ? { ...n } : n));
          // The last step's nodes with this step's layout (nodes lagging a step): gone boxes, no items.
          else if (twist === 4) nodes = last;
          last = nodes;
          scene = buildScene(plan, nodes, [], scene);
          const walked = itemsOf(resolveLayout(plan), nodes);
          expect(valueOf(scene)).toEqual(valueOf(walked));
          expect(scene.bounds).toEqual(buildScene(plan, nodes, []).bounds);
          // The map holds each id's last item.
          for (const item of scene.items) expect(scene.byId.get(item.id)).toBe(scene.items.findLast((x) => x.id === item.id));
          steps++;
        }
      }),
      { numRuns: 60 },
    );
    // Most steps were walked beside the last scene (else this compared walks with walks).
    expect(itemsPatched.count - before).toBeGreaterThan(steps / 3);
  });
});
