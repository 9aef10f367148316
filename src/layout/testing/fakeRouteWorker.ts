// A routing worker run in-process for tests of the canvas's live routes (routeLive.ts): posted deltas
// wait until `answerAll` (deltas and answers cloned as if posted).
import type { OpenChannel } from '../routeLive.ts';
import { createRouteService, type PlanDelta, type RoutesDelta } from '../routeWire.ts';

export function fakeWorker() {
  const queue: PlanDelta[] = [];
  const service = createRouteService();
  let reply: (delta: RoutesDelta) => void = () => {};
  let failed: () => void = () => {};
  const open: OpenChannel = (answer, fail) => {
    reply = answer;
    failed = fail;
    return { post: (delta) => queue.push(structuredClone(delta)), close: () => (queue.length = 0) };
  };
  const answerAll = () => {
    while (queue.length) reply(structuredClone(service(queue.shift()!)));
  };
  return { open, queue, answerAll, fail: () => failed() };
}
