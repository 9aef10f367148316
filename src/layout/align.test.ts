import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { setPositions } from '../model/edits.ts';
import type { Plan } from '../model/schema.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { alignItems, distributeItems } from './align.ts';

// Three servers at different heights, side by side, in one site.
const site = setPositions(
  plan('Align').site('hq').server('A', ['Mailbox']).server('B', ['Mailbox', 'HubTransport']).server('C', ['ClientAccess']).build(),
  { hq: { x: 0, y: 0, width: 900, height: 400 }, a: { x: 24, y: 56 }, b: { x: 240, y: 120 }, c: { x: 520, y: 80 } },
);
const box = (p: Plan, id: string) => resolveLayout(p).byId.get(id)!;
const ids = ['a', 'b', 'c'];

describe('alignItems', () => {
  it('top: every top edge on the highest one, left to right order kept', () => {
    const aligned = alignItems(site, ids, 'top');
    expect(ids.map((id) => box(aligned, id).absY)).toEqual([56, 56, 56]);
    expect(ids.map((id) => box(aligned, id).absX)).toEqual([24, 240, 520]);
  });

  it('bottom and middle line up bottoms and centres', () => {
    const bottom = alignItems(site, ids, 'bottom');
    const bottoms = ids.map((id) => box(bottom, id).absY + box(bottom, id).height);
    expect(new Set(bottoms).size).toBe(1);
    const middle = alignItems(site, ids, 'middle');
    const centres = ids.map((id) => box(middle, id).absY + box(middle, id).height / 2);
    expect(Math.max(...centres) - Math.min(...centres)).toBeLessThanOrEqual(1);
  });

  it('left: a column instead of three cards on one spot', () => {
    const aligned = alignItems(site, ids, 'left');
    expect(ids.map((id) => box(aligned, id).absX)).toEqual([24, 24, 24]);
    const [a, c, b] = ['a', 'c', 'b'].map((id) => box(aligned, id));
    expect(c!.absY).toBeGreaterThanOrEqual(a!.absY + a!.height);
    expect(b!.absY).toBeGreaterThanOrEqual(c!.absY + c!.height);
  });

  it('keeps items inside their site, and moves a selected site with what it holds', () => {
    const two = setPositions(plan('Two').site('s1').server('X').site('s2').server('Y').build(), {
      s1: { x: 0, y: 0 },
      s2: { x: 400, y: 200 },
      x: { x: 24, y: 56 },
      y: { x: 24, y: 56 },
    });
    const aligned = alignItems(two, ['s1', 's2', 'x'], 'top');
    expect(box(aligned, 's2').absY).toBe(0);
    expect(box(aligned, 'y').y).toBe(56);
    expect(aligned.layout!.x).toEqual(two.layout!.x);
  });

  it('leaves the plan alone with fewer than two items', () => {
    expect(alignItems(site, ['a'], 'left')).toBe(site);
  });
});

describe('distributeItems', () => {
  it('equal gaps between the first and the last', () => {
    const spread = distributeItems(setPositions(site, { b: { x: 300, y: 120 } }), ids, 'horizontal');
    const [a, b, c] = ids.map((id) => box(spread, id));
    expect(Math.abs(b!.absX - (a!.absX + a!.width) - (c!.absX - (b!.absX + b!.width)))).toBeLessThanOrEqual(1);
    expect(a!.absX).toBe(24);
    expect(c!.absX).toBe(520);
  });

  it('never closer than a gap, even when the items do not fit between the ends', () => {
    const tight = setPositions(site, { a: { x: 24, y: 56 }, b: { x: 40, y: 56 }, c: { x: 60, y: 56 } });
    const spread = distributeItems(tight, ids, 'horizontal');
    const [a, b, c] = ids.map((id) => box(spread, id));
    expect(b!.absX).toBeGreaterThanOrEqual(a!.absX + a!.width + 24);
    expect(c!.absX).toBeGreaterThanOrEqual(b!.absX + b!.width + 24);
  });

  it('needs three items', () => {
    expect(distributeItems(site, ['a', 'b'], 'vertical')).toBe(site);
  });
});
