import { describe, expect, it } from 'vitest';
import { labelSpot, routeBetween } from './route.ts';

const box = (x: number, y: number, width = 100, height = 60) => ({ x, y, width, height });

describe('routeBetween', () => {
  it('joins facing sides with one straight segment when the boxes overlap on an axis', () => {
    expect(routeBetween(box(0, 0), box(300, 20))).toEqual([
      { x: 100, y: 40 },
      { x: 300, y: 40 },
    ]);
    expect(routeBetween(box(0, 300), box(20, 0))).toEqual([
      { x: 60, y: 300 },
      { x: 60, y: 60 },
    ]);
  });

  it('uses an orthogonal elbow through the middle of the gap otherwise', () => {
    expect(routeBetween(box(0, 0), box(400, 200))).toEqual([
      { x: 100, y: 30 },
      { x: 250, y: 30 },
      { x: 250, y: 230 },
      { x: 400, y: 230 },
    ]);
  });

  it('goes around a card that sits in the way', () => {
    const card = box(200, 90, 100, 80);
    const route = routeBetween(box(0, 100), box(400, 100), [card]);
    expect(route.length).toBeGreaterThan(2);
    for (let i = 1; i < route.length; i++) {
      const [p, q] = [route[i - 1]!, route[i]!];
      const inside =
        Math.max(p.x, q.x) > card.x &&
        Math.min(p.x, q.x) < card.x + card.width &&
        Math.max(p.y, q.y) > card.y &&
        Math.min(p.y, q.y) < card.y + card.height;
      expect(inside, JSON.stringify([p, q])).toBe(false);
    }
  });

  it('slides a straight link into the channel beside a card', () => {
    const route = routeBetween(box(0, 0, 100, 200), box(400, 0, 100, 200), [box(200, 0, 100, 120)]);
    expect(route).toHaveLength(2);
    expect(route[0]!.y).toBeGreaterThan(120);
  });

  it('runs a stub to the top of a container linked to an item inside it', () => {
    expect(routeBetween(box(50, 100), box(0, 0, 500, 400))).toEqual([
      { x: 100, y: 100 },
      { x: 100, y: 0 },
    ]);
  });
});

describe('labelSpot', () => {
  it('is the middle of the longest segment', () => {
    expect(
      labelSpot([
        { x: 0, y: 0 },
        { x: 10, y: 0 },
        { x: 10, y: 100 },
      ]),
    ).toEqual({ x: 10, y: 50, horizontal: false, length: 100 });
  });

  it('moves along the line to keep off a card', () => {
    const spot = labelSpot(
      [
        { x: 0, y: 0 },
        { x: 0, y: 400 },
      ],
      60,
      [box(-50, 150, 100, 100)],
    );
    expect(spot.y < 141 || spot.y > 259).toBe(true);
  });
});
