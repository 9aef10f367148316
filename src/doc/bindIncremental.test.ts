// The binding writes only what an edit's layout table notes as changed, and pushes items added at
// the end of a list in one step (bind.ts): property test that the document then holds exactly the
// edited plan, entry for entry and in order, as the full walk of every entry would leave it.
import fc from 'fast-check';
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addServer, duplicateServers, parsePlan, serializePlan, type Plan } from '../model/index.ts';
import { copyLayout, noteLayoutChange } from '../model/positions.ts';
import { editPick, randomEdit } from '../model/testing/randomEdits.ts';
import { settle } from '../layout/settle.ts';
import { templateById } from '../templates/index.ts';
import { derivePlan } from './derive.ts';
import { PlanDocument } from './planDocument.ts';
import { COLLECTIONS, planTypes } from './shape.ts';

const START = templateById('figure-3')!.plan;

/** What a document holds, read straight from its shared types (no derive, no repair). */
function held(doc: Y.Doc) {
  const types = planTypes(doc);
  const order = Object.fromEntries(COLLECTIONS.map((c) => [c, types.order[c].toArray()]));
  const layout = types.layout.toJSON() as Record<string, unknown>;
  // As JSON, like a saved file: -0 and 0 are one value (a field equal to the one held is not written again).
  return { order, layout: JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(layout).sort(([a], [b]) => (a < b ? -1 : 1))))) };
}

/** A plan's layout entries in id order, values as they are (-0 is not 0 here). */
const entries = (plan: Plan) => Object.entries(plan.layout ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));

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
          // The plan's layout (the edit's own table when it is what the document shows) is the one a fresh derive finds.
          expect(entries(derived)).toEqual(entries(derivePlan(document.doc)));
        }
      }),
      { numRuns: 120 },
    );
  });
});

describe('an item added at the end with an id the document already holds', () => {
  it('is written over that record, and its id is not listed twice', () => {
    const document = PlanDocument.fromPlan(START);
    const first = document.plan.servers[0]!;
    document.apply({ ...document.plan, servers: [...document.plan.servers, { ...first, name: 'EX-AGAIN' }] });
    const order = planTypes(document.doc).order.servers.toArray();
    expect(order.filter((id) => id === first.id)).toHaveLength(1);
    expect(order).toHaveLength(START.servers.length);
  });
});

describe('the layout table of a local edit', () => {
  const add = (p: Plan) => addServer(p, { id: 'new-1', name: 'EX-NEW', site: p.sites[0]!.id, roles: [] }, { x: 48, y: 48 });

  it('becomes the plan\'s own when the document shows exactly it (no copy of every position)', () => {
    const document = PlanDocument.fromPlan(START);
    const next = settle(document.plan, add(document.plan), {});
    expect(document.apply(next).layout).toBe(next.layout);
  });

  it('is not taken when the document shows a repaired entry: the plan holds the repaired one', () => {
    const document = PlanDocument.fromPlan(START);
    const before = document.plan;
    const id = before.servers[0]!.id;
    const layout = copyLayout(before.layout);
    layout[id] = { x: 10, y: 20, width: -5 };
    noteLayoutChange(layout, before.layout, [id]);
    const derived = document.apply({ ...before, layout });
    expect(derived.layout).not.toBe(layout);
    expect(derived.layout![id]).toEqual({ x: 10, y: 20 });
    expect(entries(derived)).toEqual(entries(derivePlan(document.doc)));
  });

  /** `plan` with the edit's table: `change` applied to a copy, noted as changing `ids` only (as the model's edits note theirs). */
  const relaid = (plan: Plan, ids: string[], change: (layout: NonNullable<Plan['layout']>) => void): Plan => {
    const layout = copyLayout(plan.layout);
    change(layout);
    noteLayoutChange(layout, plan.layout, ids);
    return { ...plan, layout };
  };

  it('is not taken when it differs from the document where nothing was written (-0 where the document holds 0)', () => {
    const document = PlanDocument.fromPlan(START);
    const id = START.servers[0]!.id;
    document.apply(relaid(document.plan, [id], (l) => void (l[id] = { x: 10, y: 0 })));
    // Another item moves in the same edit, so the document changes and the plan is derived again.
    const other = START.servers[1]!.id;
    const derived = document.apply(relaid(document.plan, [id, other], (l) => Object.assign(l, { [id]: { x: 10, y: -0 }, [other]: { x: 99, y: 99 } })));
    expect(Object.is(derived.layout![id]!.y, 0)).toBe(true);
    expect(entries(derived)).toEqual(entries(derivePlan(document.doc)));
  });

  it('leaves the plan without a layout when its last position goes, as a fresh derive does', () => {
    const id = START.servers[0]!.id;
    const document = PlanDocument.fromPlan({ ...START, layout: { [id]: { x: 1, y: 2 } } });
    const derived = document.apply(relaid(document.plan, [id], (l) => void delete l[id]));
    expect(derived.layout).toBeUndefined();
    expect(derivePlan(document.doc).layout).toBeUndefined();
  });
});

describe('an item added to a damaged document (a record whose id its order list lacks)', () => {
  it('goes where the plan has it, after the items it follows, not first', () => {
    const document = PlanDocument.fromPlan(START);
    const order = planTypes(document.doc).order.servers;
    // The last server's id is lost from the order list: the plan still lists it last (records the order misses go at its end).
    document.doc.transact(() => order.delete(order.length - 1, 1));
    expect(document.plan.servers.map((s) => s.id)).toEqual(START.servers.map((s) => s.id));
    const next = addServer(document.plan, { id: 'new-1', name: 'EX-NEW', site: START.sites[0]!.id, roles: [] }, { x: 48, y: 48 });
    const derived = document.apply(next);
    expect(derived.servers.map((s) => s.id)).toEqual(next.servers.map((s) => s.id));
    expect(held(document.doc).order.servers).toEqual(next.servers.map((s) => s.id));
    expect(derivePlan(document.doc).servers.map((s) => s.id)).toEqual(next.servers.map((s) => s.id));
  });
});
