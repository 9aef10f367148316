// Opens a plan from a link or a file in a Web Worker (app/planWorker.ts), reporting each stage.
// Where no worker can start (an old browser, a test), the same code runs here instead.
import type { OpenedPlan, OpenStage, PlanSource, PlanWorkerMessage } from '../../share/openPlan.ts';

/** The readers of links and files, loaded here only when no worker can do the work. */
const openHere = async (source: PlanSource, onStage: (stage: OpenStage) => void) =>
  (await import('../../share/openPlan.ts')).openPlanSource(source, onStage);

export interface Opening {
  result: Promise<OpenedPlan>;
  /** Stops the work; the result is then a message saying nothing was opened. */
  cancel: () => void;
}

export const CANCELLED = 'Opening the plan was cancelled. Nothing was changed.';

export function openOffThread(source: PlanSource, onStage: (stage: OpenStage) => void): Opening {
  let worker: Worker | undefined;
  try {
    if (typeof Worker !== 'undefined')
      worker = new Worker(new URL('../../app/planWorker.ts', import.meta.url), { type: 'module', name: 'open-plan' });
  } catch {
    worker = undefined;
  }
  if (!worker) return { result: openHere(source, onStage), cancel: () => {} };
  const running = worker;
  let settle: (result: OpenedPlan) => void = () => {};
  const result = new Promise<OpenedPlan>((resolve) => {
    settle = (value) => {
      running.terminate();
      resolve(value);
    };
  });
  running.onmessage = (event: MessageEvent<PlanWorkerMessage>) => {
    if (event.data.type === 'stage') onStage(event.data.stage);
    else settle(event.data.result);
  };
  // A worker that cannot load (a blocked script) or dies: do the work here rather than fail.
  running.onerror = (event) => {
    event.preventDefault();
    void openHere(source, onStage).then(settle);
  };
  running.postMessage(source);
  return { result, cancel: () => settle({ ok: false, message: CANCELLED }) };
}
