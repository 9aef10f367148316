import { describe, expect, it } from 'vitest';
import type { Plan } from '../model/schema.ts';
import { TEMPLATES } from '../templates/index.ts';
import { connect } from './connector.ts';
import { createRouter, routePlan } from './route.ts';
import { borderRuns, cardCrossings, labelProblems, sharedSegments } from './routeChecks.ts';
import { threeSitePlan } from '../render/testing/threeSitePlan.ts';

const box = (x: number, y: number, width = 100, height = 60) => ({ x, y, width, height });
const open = { obstacles: [], borders: [] };

describe('connect', () => {
  it('joins facing sides with one straight segment when the boxes overlap on an axis', () => {
    expect(connect(box(0, 0), box(300, 20), open)).toEqual([
      { x: 100, y: 40 },
      { x: 300, y: 40 },
    ]);
    expect(connect(box(0, 300), box(20, 0), open)).toEqual([
      { x: 60, y: 300 },
      { x: 60, y: 60 },
    ]);
  });

  it('turns once or twice otherwise, never diagonally', () => {
    const route = connect(box(0, 0), box(400, 200), open);
    expect(route.length).toBeGreaterThan(2);
    for (let i = 1; i < route.length; i++)
      expect(route[i]!.x === route[i - 1]!.x || route[i]!.y === route[i - 1]!.y).toBe(true);
  });

  it('goes around a card that sits in the way', () => {
    const card = box(200, 90, 100, 80);
    const route = connect(box(0, 100), box(400, 100), { obstacles: [card], borders: [card] });
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

  it('does not run along the border of a box beside its way', () => {
    // A site whose top border lies on the straight line between the two cards.
    const site = box(150, 30, 200, 200);
    const route = connect(box(0, 0), box(450, 0), { obstacles: [], borders: [site] });
    for (let i = 1; i < route.length; i++) {
      const [p, q] = [route[i - 1]!, route[i]!];
      if (p.y === q.y) expect(Math.abs(p.y - site.y)).toBeGreaterThanOrEqual(6);
    }
  });

  it('runs a stub to the top of a container linked to an item inside it', () => {
    expect(connect(box(50, 100), box(0, 0, 500, 400), open)).toEqual([
      { x: 100, y: 100 },
      { x: 100, y: 0 },
    ]);
  });
});

const plans: Array<[string, Plan]> = [
  ...TEMPLATES.filter((t) => t.id !== 'empty').map((t): [string, Plan] => [t.id, t.plan]),
  ['30 servers in 3 sites', threeSitePlan()],
];

describe.each(plans)('routes of %s', (_, plan) => {
  const routes = routePlan(plan);

  it('routes every link and witness orthogonally', () => {
    expect(routes.size).toBe(plan.links.length + plan.clusters.filter((c) => c.witness).length);
    for (const r of routes.values())
      for (let i = 1; i < r.points.length; i++)
        expect(r.points[i]!.x === r.points[i - 1]!.x || r.points[i]!.y === r.points[i - 1]!.y, r.id).toBe(true);
  });

  it('never lets two links share a segment', () => {
    expect(sharedSegments(routes)).toEqual([]);
  });

  it('never runs a link along a box border or through a card', () => {
    expect(borderRuns(plan, routes)).toEqual([]);
    expect(cardCrossings(plan, routes)).toEqual([]);
  });

  it('puts every label on its line, clear of cards, site names and other labels', () => {
    expect(labelProblems(plan, routes)).toEqual([]);
    const labelled = plan.links.filter((l) => l.kind !== 'connection');
    for (const l of labelled) expect(routes.get(l.id)?.label, l.id).toBeDefined();
  });
});

describe('createRouter', () => {
  it('gives the same routes as a fresh router after a run of edits, keeping unchanged routes', () => {
    const route = createRouter();
    const plan = threeSitePlan();
    const first = route(plan);
    const moved: Plan = { ...plan, layout: { ...plan.layout, um11: { ...plan.layout!.um11!, y: plan.layout!.um11!.y + 300 } } };
    const second = route(moved);
    expect([...second.values()]).toEqual([...createRouter()(moved).values()]);
    // A link far from the moved card keeps its very object (the canvas does not redraw it).
    expect(second.get('scr-mbx23-mbx33')).toBe(first.get('scr-mbx23-mbx33'));
    expect(second.get('connection-um11-hub11')).not.toBe(first.get('connection-um11-hub11'));
  });
});
