// The canvas's routes: the first plan shown (a load, a share link, a plan opened or imported) is
// routed here, so its first frame draws the exact routes. After an edit the canvas paints at once
// with provisional routes: a link whose two end boxes did not move keeps the route it had, any
// other a plain elbow (as while dragging, edges/preview.ts). A Web Worker routes the edited plan meanwhile (with a
// router of its own that reuses what the edit did not touch) and its routes are drawn when they
// arrive, unless the plan has been edited again (then only the newest plan's routes are drawn).
// The worker's routes are exactly those of the router here: both run the same deterministic code.
// Where no worker can start (tests, Node) or it fails, every plan is routed here.
import type { Plan } from '../model/schema.ts';
import { resolveLayout, type Box } from '../theme/geometry.ts';
import { plainElbow } from './connector.ts';
import { createRouter, sameRoute, wanted, type RoutedLink, type Routes } from './route.ts';
import { applyRoutesDelta, createPlanEncoder, type PlanDelta, type RoutesDelta } from './routeWire.ts';
import { noteRouteChanges } from './routeChanges.ts';
import { rectOf } from './routeSurroundings.ts';
import type { Rect } from './spatial.ts';

/** The link to a worker: post a plan's delta; answers and failures come back through the handlers. */
export interface RouteChannel {
  post(delta: PlanDelta): void;
  close(): void;
}
export type OpenChannel = (answer: (delta: RoutesDelta) => void, fail: () => void) => RouteChannel | undefined;

/** Whether a route's end is where the box is now. */
const endAt = (end: Rect, box: Box) => end.x === box.absX && end.y === box.absY && end.width === box.width && end.height === box.height;

/** Notes which ids' routes `next` has other than `before`'s (changed, new or gone), for the canvas mapping. */
function noteChanges(next: Routes, before: Routes, changed: string[]): Routes {
  for (const id of before.keys()) if (!next.has(id)) changed.push(id);
  noteRouteChanges(next, before, changed);
  return next;
}

/** The routes to draw at once after an edit: unmoved links keep theirs, others a plain elbow. */
export function provisionalRoutes(plan: Plan, before: Routes): Routes {
  const next = new Map<string, RoutedLink>();
  const changed: string[] = [];
  for (const link of wanted(plan, resolveLayout(plan))) {
    const was = before.get(link.id);
    if (was && was.kind === link.kind && endAt(was.ends[0], link.from) && endAt(was.ends[1], link.to)) next.set(link.id, was);
    else {
      const [a, b] = [rectOf(link.from), rectOf(link.to)];
      next.set(link.id, { id: link.id, kind: link.kind, points: plainElbow(a, b), ends: [a, b] });
      changed.push(link.id);
    }
  }
  return noteChanges(next, before, changed);
}

/**
 * The routes that arrived, each the object drawn before where it draws the same (so it is not
 * redrawn); the very map drawn when that is every one of them (then nothing is derived again).
 */
function keepDrawn(arrived: ReadonlyMap<string, RoutedLink>, drawn: Routes): Routes {
  const next = new Map<string, RoutedLink>();
  const changed: string[] = [];
  for (const [id, route] of arrived) {
    const was = drawn.get(id);
    const kept = was && (was === route || sameRoute(was, route)) ? was : route;
    if (kept !== was) changed.push(id);
    next.set(id, kept);
  }
  if (changed.length > 0 || next.size !== drawn.size) return noteChanges(next, drawn, changed);
  const order = [...next.keys()];
  return [...drawn.keys()].every((id, i) => id === order[i]) ? drawn : noteChanges(next, drawn, changed);
}

export interface LiveRouter {
  /**
   * The routes to draw for `plan`: exact, or provisional after an edit. `session` names what the
   * plan belongs to (the open document; undefined for a plan only shown): a plan of another
   * session than the one drawn before is a plan opened, routed here.
   */
  routes(plan: Plan, session: object | undefined): Routes;
  /** Whether `plan`'s routes are still provisional. */
  pending(plan: Plan): boolean;
  /** After `plan` is drawn: the worker routes it (or, for a plan routed here, learns it for the next edit). */
  request(plan: Plan): void;
  /** Gives the way to start a worker, started with the first plan sent (none: every plan is routed here); `dispose` stops it. */
  connect(open: OpenChannel): void;
  dispose(): void;
}

/**
 * A router for one canvas; `settled(plan)` is called when the routes of `plan` (still the current one) arrive.
 * `routedBefore(plan)`: a plan opened's routes already worked out (by a fresh router: the same routes), if any.
 */
export function createLiveRouter(settled: (plan: Plan, routes: Routes) => void, routedBefore?: (plan: Plan) => Routes | undefined): LiveRouter {
  const here = createRouter();
  const exact = new WeakMap<Plan, Routes>();
  let encode = createPlanEncoder();
  let opener: OpenChannel | undefined;
  let channel: RouteChannel | undefined;
  let drawn: { plan: Plan; routes: Routes; session: object | undefined } | undefined;
  let current: Plan | undefined;
  /** The plan the worker is routing, and the last one it was sent. */
  let inFlight: Plan | undefined;
  let sent: Plan | undefined;
  let mirror: ReadonlyMap<string, RoutedLink> = new Map();
  const stop = () => {
    channel?.close();
    channel = inFlight = sent = undefined;
    opener = undefined;
  };

  const post = (plan: Plan) => {
    channel ??= opener!(answer, fail);
    if (!channel) return fail();
    inFlight = sent = plan;
    channel.post(encode(plan));
  };
  const answer = (delta: RoutesDelta) => {
    const plan = inFlight!;
    inFlight = undefined;
    mirror = applyRoutesDelta(mirror, delta);
    // A plan edited since is left alone: its own routes come next.
    if (plan === current && !exact.has(plan)) {
      const routes = drawn?.plan === plan ? keepDrawn(mirror, drawn.routes) : mirror;
      exact.set(plan, routes);
      if (drawn?.plan === plan) drawn = { ...drawn, routes };
      settled(plan, routes);
    }
    if (current && current !== sent) post(current);
  };
  const fail = () => {
    stop();
    const plan = current;
    if (plan && !exact.has(plan)) {
      const routes = here(plan);
      exact.set(plan, routes);
      if (drawn?.plan === plan) drawn = { ...drawn, routes };
      settled(plan, routes);
    }
  };

  return {
    routes(plan, session) {
      const known = exact.get(plan) ?? (drawn?.plan === plan ? drawn.routes : undefined);
      if (known) return known;
      const edit = opener && drawn && session !== undefined && session === drawn.session;
      const routes = edit ? provisionalRoutes(plan, drawn!.routes) : (routedBefore?.(plan) ?? here(plan));
      if (!edit) exact.set(plan, routes);
      drawn = { plan, routes, session };
      return routes;
    },
    pending: (plan) => !exact.has(plan),
    request(plan) {
      current = plan;
      if (opener && !inFlight && sent !== plan) post(plan);
    },
    connect(open) {
      stop();
      encode = createPlanEncoder();
      mirror = new Map();
      opener = open;
    },
    dispose: stop,
  };
}
