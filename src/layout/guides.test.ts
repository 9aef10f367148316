import { describe, expect, it } from 'vitest';
import { snapToGuides } from './guides.ts';

const box = (x: number, y: number, width = 100, height = 60) => ({ x, y, width, height });

describe('snapToGuides', () => {
  it('snaps a left edge to a sibling left edge within the threshold and shows a vertical guide', () => {
    const snap = snapToGuides(box(104, 300), [box(100, 0)], 6);
    expect([snap.dx, snap.dy]).toEqual([-4, 0]);
    expect(snap.guides).toContainEqual({ axis: 'x', at: 100, from: 0, to: 360 });
  });

  it('snaps centres too, on both axes at once', () => {
    const snap = snapToGuides(box(300, 203, 80, 40), [box(0, 200, 100, 50), box(290, 500, 100, 50)], 6);
    // Centre x 340 -> 340 (sibling centre 340): no move; centre y 223 -> 225 (sibling middle).
    expect([snap.dx, snap.dy]).toEqual([0, 2]);
    expect(snap.guides.map((g) => `${g.axis}${g.at}`).sort()).toEqual(['x340', 'y225']);
  });

  it('leaves a box alone when nothing lines up closely enough', () => {
    expect(snapToGuides(box(50, 50), [box(300, 300)], 6)).toEqual({ dx: 0, dy: 0, guides: [] });
  });

  it('picks the closest alignment', () => {
    const snap = snapToGuides(box(205, 0), [box(0, 100, 200), box(207, 200)], 6);
    expect(snap.dx).toBe(2);
  });
});
