// The router's incremental pieces against the straightforward computations they replace, on
// random crowded routes edited step by step: groups kept in a spatial index against groupsOf(),
// spreading part by part against separate() over the whole group, labels placed again only where
// an edit reaches against placeLabels() over the whole group.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Point } from './connector.ts';
import { LabelParts } from './labelParts.ts';
import { LABEL_HEIGHT, placeLabels, type LabelRequest } from './linkLabels.ts';
import { separate, SEPARATION } from './nudge.ts';
import { groupsOf, type RawWire } from './routeGroups.ts';
import { segmentRect } from './spatial.ts';
import { SpatialIndex, type Rect } from './spatial.ts';
import { spreadInParts, type Part } from './spreadParts.ts';
import { hug, hugging, rect, route, wire } from './testing/crowdedRoutes.ts';
import { WireGroups } from './wireGroups.ts';

/** One edit: some routes drawn anew, some links gone, some new ones, one link moved in the list. */
const edit = fc.record({
  redraw: fc.array(fc.tuple(fc.nat(), route), { maxLength: 3 }),
  drop: fc.array(fc.nat(), { maxLength: 2 }),
  add: fc.array(route, { maxLength: 2 }),
  reorder: fc.option(fc.tuple(fc.nat(), fc.nat()), { freq: 4 }),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(wires: { id: string; points: Point[] }[], e: Edit, step: number) {
  let next = [...wires];
  for (const [at, points] of e.redraw) if (next.length) next[at % next.length] = { id: next[at % next.length]!.id, points };
  for (const at of e.drop) if (next.length) next = next.filter((_, i) => i !== at % next.length);
  e.add.forEach((points, i) => next.splice((step * 7 + i) % (next.length + 1), 0, { id: `new${step}-${i}`, points }));
  if (e.reorder && next.length) next.splice(e.reorder[1] % next.length, 0, ...next.splice(e.reorder[0] % next.length, 1));
  return next;
}

const start = fc.array(route, { minLength: 2, maxLength: 14 });
const runs = { numRuns: 150 };

describe('groups kept across edits', () => {
  it('are the groups groupsOf() finds afresh', () => {
    fc.assert(
      fc.property(start, fc.array(edit, { maxLength: 6 }), fc.integer({ min: 1, max: 20 }), (routes, edits, reach) => {
        const groups = new WireGroups(reach);
        let wires = routes.map((points, i) => ({ id: `w${i}`, points }));
        expect(groups.groups(wires)).toEqual(groupsOf(wires, reach));
        edits.forEach((e, step) => {
          wires = applyEdit(wires, e, step);
          expect(groups.groups(wires)).toEqual(groupsOf(wires, reach));
        });
      }),
      runs,
    );
  });
});

/** Cards that came, went or moved, and the links that see them anew (same route, other surroundings). */
const cardsEdit = fc.record({ cards: fc.array(rect, { maxLength: 3 }), hugging: fc.array(hugging, { maxLength: 3 }), keep: fc.nat(4), seen: fc.array(fc.nat(), { maxLength: 8 }) });
type CardsEdit = typeof cardsEdit extends fc.Arbitrary<infer T> ? T : never;

/**
 * Found by the property below: a link spread alone (no nudge checked anything) keeps its part when
 * a card comes beside it; when a new link then joins it to the others, it must be spread with the
 * card it sees now, not with the surroundings it had when its part was made.
 */
const line = (x0: number, y0: number, ...rest: number[]) => [{ x: x0, y: y0 }, ...Array.from({ length: rest.length / 2 }, (_, i) => ({ x: rest[2 * i]!, y: rest[2 * i + 1]! }))];
const keptThenJoined: [Point[][], Rect[], [Edit, CardsEdit][]] = [
  [line(0, 0, 20, 0), line(0, 0, 20, 0), line(0, 0, 20, 0), line(0, 0, 20, 0, 20, 20), line(0, 0, 20, 0), line(0, 20, 20, 20, 20, 40), line(0, 0, 20, 0, 20, 20), line(0, 0, 20, 0)],
  [],
  [
    [{ redraw: [[0, line(0, 0, 20, 0, 20, 20, 40, 20)]], drop: [], add: [line(0, 0, 20, 0)], reorder: null }, { cards: [], hugging: [], keep: 0, seen: [] }],
    [{ redraw: [], drop: [], add: [line(0, 0, 20, 0)], reorder: null }, { cards: [], hugging: [{ at: 2137189616, dx: 0, dy: 0, width: 8, height: 8, corner: 0 }], keep: 0, seen: [1075540515] }],
  ],
];

describe.each([
  ['the whole list as one group', false],
  ['each group, as the router spreads them (parts kept from two groups meet once a new link joins them)', true],
])('spreading %s part by part', (_, byGroups) => {
  it('gives the routes separate() gives each whole group, edit after edit, as links and cards change', () => {
    fc.assert(
      fc.property(start, fc.array(rect, { maxLength: 4 }), fc.array(fc.tuple(edit, cardsEdit), { maxLength: 5 }), (routes, first, edits) => {
        let cards = first;
        let wires = routes.map((points, i) => wire(`w${i}`, points, cards));
        let before = new Map<string, Part>();
        const check = () => {
          const next = new Map<string, Part>();
          for (const group of byGroups ? groupsOf(wires, 2 * SEPARATION) : [wires.map((_, i) => i)]) {
            const members = group.map((i) => wires[i]!);
            const { out, parts } = spreadInParts(members, before);
            const whole = members.map((w) => ({ points: w.points, ends: w.ends, near: w.near }));
            separate(whole);
            expect(out).toEqual(whole.map((w) => w.points));
            for (const p of parts) for (const w of p.wires) next.set(w.id, p);
          }
          before = next;
        };
        check();
        edits.forEach(([e, c], step) => {
          const byId = new Map(wires.map((w) => [w.id, w]));
          // Some cards stay (the same objects), others come; the links told to look again see them.
          cards = [...cards.slice(0, c.keep), ...c.cards, ...(wires.length ? c.hugging.map((h) => hug(h, wires)) : [])];
          const seen = new Set(c.seen.map((k) => `w${k % (wires.length + 1)}`));
          wires = applyEdit(wires, e, step).map((w) => {
            const was = byId.get(w.id);
            return was?.points === w.points && !seen.has(w.id) ? was : wire(w.id, w.points, cards);
          });
          check();
        });
      }),
      { ...runs, examples: [keptThenJoined] },
    );
  });
});

// Eight runs at y=100 spread to 100±28; a ninth at y=134 (x 0-200, or 0-300 when the link
// joining both comes from far right), a group of its own until that link joins them. Then the
// lowest of the eight (128) meets it in the second sweep, near the joining link or far from it (a
// tail sharing the eight's vertical at x=200 takes the eight's group to where the link comes).
const run = (id: string, y: number, down: boolean, to = 200) => wire(id, [{ x: 0, y: y + (down ? 40 : -40) }, { x: 0, y }, { x: to, y }, { x: to, y: y + (down ? 40 : -40) }], []);
const eight = Array.from({ length: 8 }, (_, i) => run(`a${i}`, 100, false));
const tail = wire('t', [{ x: 200, y: 90 }, { x: 200, y: 20 }, { x: 800, y: 20 }, { x: 800, y: 60 }], []);

describe.each([
  ['beside the meeting', eight, run('b', 134, true), wire('c', [{ x: 110, y: 95 }, { x: 110, y: 140 }], [])],
  ['far from the meeting', [...eight, tail], run('b', 134, true, 300), wire('c', [{ x: 790, y: 40 }, { x: 790, y: 150 }, { x: 310, y: 150 }], [])],
])('parts kept from two groups that a new link joins %s', (_, first, ninth, bridge) => {
  it('are merged where their spread routes come to meet (eight links spread down onto a ninth)', () => {
    let before = new Map<string, Part>();
    const spreadAll = (wires: RawWire[]) => {
      const next = new Map<string, Part>();
      const out: Point[][] = [];
      for (const group of groupsOf(wires, 2 * SEPARATION)) {
        const result = spreadInParts(group.map((i) => wires[i]!), before);
        group.forEach((i, k) => (out[i] = result.out[k]!));
        for (const p of result.parts) for (const w of p.wires) next.set(w.id, p);
      }
      before = next;
      return out;
    };
    expect(groupsOf([...first, ninth], 2 * SEPARATION)).toHaveLength(2);
    spreadAll([...first, ninth]);
    const joined = [...first, ninth, bridge];
    expect(groupsOf(joined, 2 * SEPARATION)).toHaveLength(1);
    const whole = joined.map((w) => ({ points: w.points, ends: w.ends, near: w.near }));
    separate(whole);
    const lowest = Math.max(...whole.slice(0, 8).map((w) => w.points[1]!.y));
    expect(whole[first.length]!.points[1]!.y - lowest, 'the ninth is spread from the lowest of the eight').toBeGreaterThanOrEqual(SEPARATION);
    expect(spreadAll(joined)).toEqual(whole.map((w) => w.points));
  });
});

const TEXTS = [['Edge subscription'], ['file share witness', 'FSW'], ['SCR'], []];

describe.each([
  ['the whole list as one group', false],
  ['each group, as the router labels them (links join and leave groups)', true],
])('labels kept across edits, %s', (_, byGroups) => {
  it('are the labels placeLabels() places for each whole group, edit after edit', () => {
    fc.assert(
      fc.property(start, fc.array(rect, { maxLength: 6 }), fc.array(fc.tuple(edit, fc.array(rect, { maxLength: 2 })), { maxLength: 5 }), (routes, cards, edits) => {
        const parts = new LabelParts();
        let wires = routes.map((points, i) => ({ id: `w${i}`, points }));
        let blocked = cards;
        const requestOf = (w: { id: string; points: Point[] }): LabelRequest => {
          const texts = TEXTS[Number(w.id.replace(/\D/g, '')) % TEXTS.length]!;
          return { texts, widths: texts.map((t) => t.length * 6 + 16), points: w.points };
        };
        const check = (moved: Rect[] | 'all') => {
          const requests = wires.map(requestOf);
          const index = new SpatialIndex(blocked.map((r) => ({ rect: r })));
          parts.begin(wires, requests, moved);
          for (const group of byGroups ? groupsOf(wires, LABEL_HEIGHT / 2 + 3) : wires.length ? [wires.map((_, i) => i)] : []) {
            const members = group.map((i) => wires[i]!);
            const lines = new SpatialIndex<{ rect: Rect; owner: number }>();
            members.forEach((w, owner) => w.points.slice(1).forEach((q, i) => lines.add({ owner, rect: segmentRect(w.points[i]!, q, 1) })));
            const asked = group.map((i) => requests[i]!);
            expect(parts.place(members, asked, () => index)).toEqual(placeLabels(asked, index, lines));
          }
        };
        check('all');
        edits.forEach(([e, cardsNow], step) => {
          wires = applyEdit(wires, e, step);
          const moved = [...blocked, ...cardsNow].filter((r) => !(blocked.includes(r) && cardsNow.includes(r)));
          blocked = step % 2 ? cardsNow : blocked;
          check(step % 2 ? moved : []);
        });
      }),
      runs,
    );
  });
});
