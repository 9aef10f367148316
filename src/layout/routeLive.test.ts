// The canvas's routes around an edit: a plan opened is routed at once; an edited plan is drawn with
// provisional routes (unmoved links keep theirs, others a plain elbow, none missing) until the
// worker's routes arrive, which must be exactly a fresh router's; answers for a plan edited since
// are dropped, and without a worker every plan is routed at once.
import { describe, expect, it } from 'vitest';
import { addServer, type Plan } from '../model/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { connect } from './connector.ts';
import { createRouter, routePlan, sameRoute, type Routes } from './route.ts';
import { routeChanges } from './routeChanges.ts';
import { createLiveRouter, provisionalRoutes } from './routeLive.ts';
import { fakeWorker } from './testing/fakeRouteWorker.ts';
import { rectOf } from './routeSurroundings.ts';
import { settle } from './settle.ts';
import { applyStep, editStarts } from './testing/randomEdits.ts';

const [, start] = editStarts[1]!;
const session = {};
const values = (routes: Routes) => [...routes.values()];

/** A server added to the first site, as the palette adds one (its site grows). */
const grown = (plan: Plan, n: number) => settle(plan, addServer(plan, { id: `added${n}`, name: `ADDED${n}`, roles: ['Mailbox'], site: plan.sites[0]!.id }, { x: 20, y: 400 }));

function setup() {
  const worker = fakeWorker();
  const settled: Plan[] = [];
  const live = createLiveRouter((plan) => settled.push(plan));
  live.connect(worker.open);
  const first = start();
  const opened = live.routes(first, session);
  live.request(first);
  worker.answerAll();
  return { worker, settled, live, first, opened };
}

describe('provisional routes', () => {
  it('keep every route whose ends did not move, and draw a plain elbow for every other link', () => {
    const plan = start();
    const exact = routePlan(plan);
    const kept = provisionalRoutes(plan, exact);
    expect(values(kept).every((r) => r === exact.get(r.id))).toBe(true);
    const fresh = provisionalRoutes(plan, new Map());
    expect([...fresh.keys()]).toEqual([...exact.keys()]);
    for (const r of values(fresh)) expect(r).toEqual({ id: r.id, kind: exact.get(r.id)!.kind, ends: exact.get(r.id)!.ends, points: connect(...r.ends, { obstacles: [], borders: [] }) });
  });
});

describe('routes after an edit', () => {
  it('are exact at once for a plan opened, provisional after an edit, exact when the worker answers', () => {
    const { worker, settled, live, first, opened } = setup();
    expect(values(opened)).toEqual(values(createRouter()(first)));
    expect(live.pending(first)).toBe(false);

    const edited = grown(first, 1);
    const drawn = live.routes(edited, session);
    expect(live.pending(edited)).toBe(true);
    expect([...drawn.keys()].sort()).toEqual([...routePlan(edited).keys()].sort());
    const boxes = resolveLayout(edited).byId;
    for (const link of edited.links) {
      const route = drawn.get(link.id)!;
      const [a, b] = [rectOf(boxes.get(link.from)!), rectOf(boxes.get(link.to)!)];
      expect(route.ends).toEqual([a, b]);
      // Unmoved: the route drawn before, the same object; moved: a plain elbow.
      if (route !== opened.get(link.id)) expect(route.points).toEqual(connect(a, b, { obstacles: [], borders: [] }));
    }
    expect(values(drawn).some((r) => r === opened.get(r.id))).toBe(true);

    live.request(edited);
    worker.answerAll();
    expect(settled).toEqual([edited]);
    expect(live.pending(edited)).toBe(false);
    const exact = live.routes(edited, session);
    expect(values(exact)).toEqual(values(createRouter()(edited)));
    // A route the edit left as it was keeps the object drawn (its link is not drawn again).
    const kept = values(exact).filter((r) => drawn.get(r.id) === opened.get(r.id) && sameRoute(r, opened.get(r.id)!));
    expect(kept.length).toBeGreaterThan(0);
    for (const route of kept) expect(route).toBe(opened.get(route.id));
  });

  it('keeps the map drawn when the routes that arrive draw the same (nothing is derived again)', () => {
    const { worker, live, first } = setup();
    const renamed = applyStep(first, { kind: 'rename', at: 3 }, 1);
    const drawn = live.routes(renamed, session);
    live.request(renamed);
    worker.answerAll();
    expect(live.pending(renamed)).toBe(false);
    expect(live.routes(renamed, session)).toBe(drawn);
  });

  it('draws only the newest plan of several quick edits; answers for older ones are dropped', () => {
    const { worker, settled, live, first } = setup();
    let plan = first;
    const plans: Plan[] = [];
    for (let i = 0; i < 4; i++) {
      plan = i % 2 ? applyStep(plan, { kind: 'move', at: i * 5, dx: 60, dy: 30 }, i) : grown(plan, i);
      plans.push(plan);
      live.routes(plan, session);
      live.request(plan);
    }
    // One plan at a time goes to the worker: the first edit's; the two between are never sent.
    expect(worker.queue).toHaveLength(1);
    worker.answerAll();
    expect(settled).toEqual([plan]);
    expect(plans.slice(0, 3).every((p) => live.pending(p))).toBe(true);
    expect(values(live.routes(plan, session))).toEqual(values(createRouter()(plan)));
  });

  it('routes here a plan opened in another session, or a plan only shown', () => {
    const { live, first } = setup();
    const other = grown(first, 7);
    expect(values(live.routes(other, {}))).toEqual(values(createRouter()(other)));
    expect(live.pending(other)).toBe(false);
    const shown = grown(other, 8);
    live.routes(shown, undefined);
    expect(live.pending(shown)).toBe(false);
  });

  it('routes every plan here without a worker, when it cannot start, and once it fails', () => {
    const alone = createLiveRouter(() => {});
    const first = start();
    alone.routes(first, session);
    const edited = grown(first, 1);
    expect(values(alone.routes(edited, session))).toEqual(values(createRouter()(edited)));
    expect(alone.pending(edited)).toBe(false);

    const refused: Plan[] = [];
    const unstarted = createLiveRouter((p) => refused.push(p));
    unstarted.connect(() => undefined);
    unstarted.routes(first, session);
    unstarted.routes(edited, session);
    unstarted.request(edited);
    expect(refused).toEqual([edited]);
    expect(values(unstarted.routes(edited, session))).toEqual(values(createRouter()(edited)));

    const { worker, settled, live, first: opened } = setup();
    const edit = grown(opened, 2);
    live.routes(edit, session);
    live.request(edit);
    expect(live.pending(edit)).toBe(true);
    worker.fail();
    expect(settled).toEqual([edit]);
    expect(values(live.routes(edit, session))).toEqual(values(createRouter()(edit)));
    const next = grown(edit, 3);
    live.routes(next, session);
    expect(live.pending(next)).toBe(false);
  });
});

describe('the routes that changed, as noted for the canvas mapping', () => {
  /** Every id whose route is another object (or only in one of the maps) is among those noted. */
  const covered = (next: Routes, before: Routes) => {
    const noted = new Set(routeChanges(next, before));
    for (const id of new Set([...next.keys(), ...before.keys()])) if (next.get(id) !== before.get(id)) expect(noted.has(id), id).toBe(true);
  };

  it('name every link whose route differs, from the drawn routes to the provisional ones and to the worker\'s', () => {
    const { worker, live, first, opened } = setup();
    let plan = first;
    let drawn = opened;
    for (let i = 0; i < 6; i++) {
      plan = i % 3 === 2 ? applyStep(plan, { kind: 'unlink', at: i }, i) : i % 2 ? applyStep(plan, { kind: 'move', at: i * 5, dx: 60, dy: 30 }, i) : grown(plan, i);
      const provisional = live.routes(plan, session);
      covered(provisional, drawn);
      live.request(plan);
      worker.answerAll();
      const exact = live.routes(plan, session);
      if (exact !== provisional) covered(exact, provisional);
      drawn = exact;
    }
    expect(routeChanges(drawn, drawn)).toEqual([]);
    expect(routeChanges(drawn, new Map())).toBeUndefined();
  });
});
