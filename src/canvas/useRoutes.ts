// The canvas's routes as a hook: exact for a plan opened; after an edit provisional at once and
// exact when the routing worker (app/routeWorker.ts) answers. See layout/routeLive.ts.
import { useEffect, useMemo, useState } from 'react';
import type { Plan } from '../model/index.ts';
import { createLiveRouter, type OpenChannel } from '../layout/routeLive.ts';
import type { Routes } from '../layout/route.ts';
import type { RoutesDelta } from '../layout/routeWire.ts';
import { openDocument } from '../store/planStore.ts';
import { routedEarly } from '../app/linkEarly.ts';
import { afterFrames } from './afterFrames.ts';

/** The browser's worker, or none where it cannot start. */
const openRouteWorker: OpenChannel = (answer, fail) => {
  let worker: Worker;
  try {
    worker = new Worker(new URL('../app/routeWorker.ts', import.meta.url), { type: 'module', name: 'route-links' });
  } catch {
    return undefined;
  }
  worker.onmessage = (event: MessageEvent<RoutesDelta>) => answer(event.data);
  // A worker that cannot load (a blocked script) or dies: the routes are computed here instead.
  worker.onerror = (event) => {
    event.preventDefault();
    fail();
  };
  return { post: (delta) => worker.postMessage(delta), close: () => worker.terminate() };
};

/** Runs `task` when the page is idle (within a second); returns how to cancel it. */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 100);
  return () => clearTimeout(handle);
}

/** The routes to draw for `plan` now, and whether they are still provisional. */
export function useRoutes(plan: Plan): { routes: Routes; pending: boolean } {
  const [arrived, setArrived] = useState<{ plan: Plan; routes: Routes } | undefined>();
  // A share link's plan may have been routed by the early script (app/linkEarly.ts).
  const live = useMemo(() => createLiveRouter((p, routes) => setArrived({ plan: p, routes }), routedEarly), []);
  useEffect(() => {
    if (typeof Worker !== 'undefined') live.connect(openRouteWorker);
    return () => live.dispose();
  }, [live]);
  // An edited plan goes to the worker once its provisional frame is painted (an edit made before
  // then replaces it); a plan routed here when the page is idle (the worker then has it for the next
  // edit, which it is sent as a small delta), unless it is only shown (a share link: never edited).
  useEffect(() => {
    // Two frames on: the edit's frame is rasterized and shown without sharing the CPU with routing
    // (on two cores the worker took that frame's raster and commit time when it started right after
    // the frame's main-thread work).
    if (live.pending(plan)) return afterFrames(() => live.request(plan), 2);
    if (openDocument()) return whenIdle(() => live.request(plan));
  }, [live, plan]);
  const routes = useMemo(() => (arrived?.plan === plan ? arrived.routes : live.routes(plan, openDocument())), [live, plan, arrived]);
  return { routes, pending: live.pending(plan) };
}
