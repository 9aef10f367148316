// The Web Worker that opens plans from links and files: reading, checking and validating a plan
// of thousands of servers takes a while, and off the main thread the tab stays responsive and
// can show how far it has got. Started by panels/share/openOffThread.ts, one per plan opened.
import './workerViolations.ts';
import { openPlanSource, type PlanSource, type PlanWorkerMessage } from '../share/openPlan.ts';

// The DOM typings describe a window; a dedicated worker posts without a target origin.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<PlanSource>) => void) | null;
  postMessage: (message: PlanWorkerMessage) => void;
};

scope.onmessage = (event) => {
  const result = openPlanSource(event.data, (stage) => scope.postMessage({ type: 'stage', stage }));
  scope.postMessage({ type: 'done', result });
};
