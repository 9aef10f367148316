// Property tests of the document layer: replicas edit offline, then receive each other's updates
// in random order, some more than once; every replica must end with the same plan, valid, and the
// same plan a fresh replica derives from scratch (the incremental path takes no shortcut).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, serializePlan } from '../model/index.ts';
import { templateById } from '../templates/index.ts';
import { editPick, randomEdit, type EditPick } from '../model/testing/randomEdits.ts';
import { derivePlan } from './derive.ts';
import { deliver, freshPlan, replicas, text, type Replica } from './testing/replicas.ts';

const START = templateById('figure-3')!.plan;

function run(replica: Replica, picks: readonly EditPick[]) {
  for (const pick of picks) {
    if (pick.kind === 17 && pick.c % 2 === 0) replica.document.undo();
    else replica.edit(randomEdit(pick));
  }
}

/** Every other replica's updates, shuffled by `order`, with the picks in `again` delivered twice. */
function exchange(all: Replica[], order: readonly number[], again: readonly number[]) {
  for (const [i, replica] of all.entries()) {
    const incoming = all.filter((_, j) => j !== i).flatMap((r) => r.made);
    const shuffled = incoming.map((u, k) => ({ u, key: order[k % order.length]! * 1000 + k })).sort((x, y) => x.key - y.key);
    for (const { u } of shuffled) deliver(replica, u);
    for (const n of again) if (incoming.length) deliver(replica, incoming[n % incoming.length]!);
  }
}

function converge(count: number, runs: number) {
  fc.assert(
    fc.property(
      fc.array(fc.array(editPick, { maxLength: 12 }), { minLength: count, maxLength: count }),
      fc.array(fc.nat(50), { minLength: 1, maxLength: 40 }),
      fc.array(fc.nat(200), { maxLength: 6 }),
      (edits, order, again) => {
        const all = replicas(START, count);
        all.forEach((r, i) => run(r, edits[i]!));
        exchange(all, order, again);
        const first = text(all[0]!.document.plan);
        for (const replica of all) {
          const plan = replica.document.plan;
          expect(text(plan)).toBe(first);
          expect(parsePlan(plan).ok).toBe(true);
          expect(parsePlan(serializePlan(plan)).ok).toBe(true);
          expect(text(freshPlan(replica))).toBe(first);
          expect(text(derivePlan(replica.document.doc))).toBe(first);
        }
      },
    ),
    { numRuns: runs },
  );
}

describe('replicas editing one plan offline', () => {
  it('two replicas end equal and valid, whatever the order and duplication of updates', { timeout: 60_000 }, () => converge(2, 80));
  it('three replicas end equal and valid, whatever the order and duplication of updates', { timeout: 60_000 }, () => converge(3, 50));
});
