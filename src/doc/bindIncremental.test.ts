// The binding writes only what an edit's layout table notes as changed, and pushes items added at
// the end of a list in one step (bind.ts): property test that the document then holds exactly the
// edited plan, entry for entry and in order, as the full walk of every entry would leave it.
import fc from 'fast-check';
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { duplicateServers, parsePlan, serializePlan, type Plan } from '../model/index.ts';
import { editPick, randomEdit } from '../model/testing/randomEdits.ts';
import { settle } from '../layout/settle.ts';
import { templateById } from '../templates/index.ts';
import { PlanDocument } from './planDocument.ts';
import { COLLECTIONS, planTypes } from './shape.ts';

const START = templateById('figure-3')!.plan;

/** What a document holds, read straight from its shared types (no derive, no repair). */
function held(doc: Y.Doc) {
  const types = planTypes(doc);
  const order = Object.fromEntries(COLLECTIONS.map((c) => [c, types.order[c].toArray()]));
  const layout = types.layout.toJSON() as Record<string, unknown>;
  return { order, layout: Object.fromEntries(Object.entries(layout).sort(([a], [b]) => (a < b ? -1 : 1))) };
}

/** What it should hold after `plan` was written: its ids in order and its layout, entry for entry. */
function expected(plan: Plan) {
  const order = Object.fromEntries(COLLECTIONS.map((c) => [c, plan[c].map((item) => item.id)]));
  const layout = Object.entries(plan.layout ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
  return { order, layout: Object.fromEntries(layout.map(([id, p]) => [id, JSON.parse(JSON.stringify(p))])) };
}

describe('the binding of an edit', () => {
  it('leaves the document holding exactly the edited plan, through any series of edits, settles and undos', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(editPick, fc.boolean()), { minLength: 1, maxLength: 14 }), (picks) => {
        const document = PlanDocument.fromPlan(START);
        for (const [pick, settled] of picks) {
          if (pick.kind === 17) {
            document.undo();
            continue;
          }
          const before = document.plan;
          // Kind 14 copies up to three servers at once: several items added at the end of a list.
          const edited = pick.kind === 14 ? duplicateServers(before, before.servers.slice(pick.a % 4, (pick.a % 4) + 1 + (pick.b % 3))).plan : randomEdit(pick)(before);
          // Settling copies the table again (a longer lineage), as the app's edits do.
          const next = settled ? settle(before, edited, {}) : edited;
          if (next === before) continue;
          const derived = document.apply(next);
          const gated = parsePlan(serializePlan(next));
          if (!gated.ok) continue; // a random edit the gate repairs: the document holds the repaired plan
          expect(held(document.doc)).toEqual(expected(next));
          expect(serializePlan(derived)).toBe(serializePlan(gated.plan));
        }
      }),
      { numRuns: 120 },
    );
  });
});
