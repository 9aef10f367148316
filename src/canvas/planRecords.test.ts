// The mapping's records by id are patched from one list to the next: after random runs of list
// edits (records replaced, added, removed, moved, an id repeated) the map must hold exactly what a
// Map built from the list holds, and every id whose record differs must be named as changed (a
// patch gives up, and the mapping looks at everything, only where a list repeats an id).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patchById } from './planRecords.ts';

type Rec = { id: string; v: number };

const op = fc.record({ kind: fc.constantFrom('replace', 'add', 'append', 'remove', 'move', 'repeat', 'same'), at: fc.nat(), to: fc.nat() });

function edit(list: readonly Rec[], o: typeof op extends fc.Arbitrary<infer T> ? T : never, n: number): Rec[] {
  const next = [...list];
  const at = list.length ? o.at % list.length : 0;
  if (o.kind === 'replace' && list.length) next[at] = { ...list[at]!, v: n };
  if (o.kind === 'add') next.splice(at, 0, { id: `r${n}`, v: n });
  if (o.kind === 'append') next.push({ id: `r${n}`, v: n });
  if (o.kind === 'remove') next.splice(at, 1);
  if (o.kind === 'move' && list.length) next.splice(o.to % list.length, 0, next.splice(at, 1)[0]!);
  if (o.kind === 'repeat' && list.length) next.splice(o.to % (list.length + 1), 0, { ...list[at]!, v: -n });
  return next;
}

describe('records by id, patched from list to list', () => {
  it('equal a map built from the list, and name every id whose record came, went or changed', () => {
    fc.assert(
      fc.property(fc.nat({ max: 12 }), fc.array(op, { minLength: 1, maxLength: 12 }), (size, ops) => {
        let list: Rec[] = Array.from({ length: size }, (_, i) => ({ id: `s${i}`, v: i }));
        const byId = new Map(list.map((r) => [r.id, r]));
        ops.forEach((o, n) => {
          const next = edit(list, o, n + 100);
          const changed = new Set<string>();
          const gone: Rec[] = [];
          const result = patchById(list, next, byId, changed, gone);
          const fresh = new Map(next.map((r) => [r.id, r]));
          expect(new Map([...byId].sort())).toEqual(new Map([...fresh].sort()));
          for (const id of new Set([...list.map((r) => r.id), ...next.map((r) => r.id)]))
            if (new Map(list.map((r) => [r.id, r])).get(id) !== fresh.get(id)) expect(changed.has(id), id).toBe(true);
          if (result) {
            // Records kept in both lists, in each list's order: any difference is reported as reordered.
            const kept = (l: Rec[], other: Rec[]) => l.filter((r) => other.some((x) => x.id === r.id)).map((r) => r.id);
            if (kept(list, next).join() !== kept(next, list).join()) expect(result.reordered).toBe(true);
          } else expect(next.length !== fresh.size || list.length !== new Set(list.map((r) => r.id)).size).toBe(true);
          list = next;
        });
      }),
      { numRuns: 500 },
    );
  });
});
