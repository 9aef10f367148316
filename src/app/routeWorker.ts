// The Web Worker that routes the canvas's links after an edit (see layout/routeLive.ts): the canvas paints
// at once with provisional links and draws these routes when they arrive. Started by
// canvas/useRoutes.ts, one per canvas.
import './workerViolations.ts';
import { createRouteService, type PlanDelta, type RoutesDelta } from '../layout/routeWire.ts';
import { enableLayoutUpdates } from '../theme/geometry.ts';
import { updateLayout } from '../theme/layoutUpdate.ts';

// As on the page (app/later.tsx): an edit's layout is the last one updated, not resolved afresh.
enableLayoutUpdates(updateLayout);

const answer = createRouteService();
// Typed by hand: the DOM typings describe a window, whose postMessage wants a target origin.
const worker = self as unknown as { onmessage: (event: MessageEvent<PlanDelta>) => void; postMessage: (message: RoutesDelta) => void };
worker.onmessage = (event) => worker.postMessage(answer(event.data));
