// The canvas bench's pointer work: a wheel zoom timed to its painted frame, and a pan and a drag
// recorded as frame times (probe.ts startFrames/stopFrames), as a mouse at 60 Hz sends them.
import type { CDPSession, Page } from '@playwright/test';
import { dispatchDrag } from './mouse.ts';
import { timed, type Latency } from './pages.ts';
import type { BenchPlan } from './plans.ts';
import { CANVAS_GONE, CANVAS_STATE, nodeTransformScript, pickPaneScript, pickServerScript } from './pick.ts';
import type { Gesture, Visit } from './session.ts';

const MOVE_INTERVAL_MS = 16;
const DRAG_STEP = { x: 3, y: 2 };
const PAN_STEP = { x: -4, y: -3 };
const idle = (page: Page, ms = 5000) => page.evaluate(`window.__bench.idle(${ms})`);

/** One wheel notch in at the canvas centre, then one out: each until the new zoom is painted. */
export async function zoomInAndOut(page: Page): Promise<Latency[]> {
  const state = (await page.evaluate(CANVAS_STATE)) as { centre: { x: number; y: number } };
  await page.mouse.move(state.centre.x, state.centre.y);
  const result: Latency[] = [];
  for (const deltaY of [-100, 100]) {
    const before = JSON.stringify(((await page.evaluate(CANVAS_STATE)) as { transform: string }).transform);
    result.push(
      await timed(page, 'wheel', `window.__bench.transform() !== ${before}`, () =>
        page.mouse.wheel(0, deltaY),
      ),
    );
    await idle(page, 3000);
  }
  return result;
}

async function gesture(
  page: Page,
  cdp: CDPSession,
  from: { x: number; y: number },
  step: typeof DRAG_STEP,
  moves: number,
) {
  await page.mouse.move(from.x, from.y);
  await page.evaluate('window.__bench.startFrames()');
  await dispatchDrag(cdp, from, step, moves, MOVE_INTERVAL_MS);
  const result = (await page.evaluate('window.__bench.stopFrames()')) as {
    frames: number[];
    dropMs: number;
    loafs: number[];
  };
  await idle(page);
  return { frames: result.frames, dropMs: result.dropMs, longFrames: result.loafs };
}

/** A pan of the empty pane near the centre; it changes nothing in the plan. */
export async function pan(page: Page, cdp: CDPSession, moves: number, visit: Visit): Promise<Gesture | null> {
  const point = (await page.evaluate(pickPaneScript({ x: -PAN_STEP.x * moves, y: -PAN_STEP.y * moves }))) as {
    x: number;
    y: number;
  } | null;
  if (!point) {
    visit.errors.push('pan: no empty pane point found');
    return null;
  }
  const before = ((await page.evaluate(CANVAS_STATE)) as { transform: string }).transform;
  const result = await gesture(page, cdp, point, PAN_STEP, moves);
  const after = ((await page.evaluate(CANVAS_STATE)) as { transform: string }).transform;
  if (after === before) visit.errors.push('pan: the view did not move');
  return { ...result, moved: after !== before };
}

/** A drag of the server card nearest the canvas centre, with room to move to its lower right. */
export async function drag(
  page: Page,
  cdp: CDPSession,
  plan: BenchPlan,
  moves: number,
  visit: Visit,
): Promise<Gesture | null> {
  const room = { x: DRAG_STEP.x * moves, y: DRAG_STEP.y * moves };
  const server = (await page.evaluate(pickServerScript(plan.serverIds, room))) as {
    id: string;
    x: number;
    y: number;
    transform: string;
  } | null;
  if (!server) {
    visit.errors.push('drag: no server node to drag');
    return null;
  }
  const result = await gesture(page, cdp, server, DRAG_STEP, moves);
  const after = (await page.evaluate(nodeTransformScript(server.id))) as string | null;
  const moved = after !== null && after !== server.transform;
  const gone = (await page.evaluate(CANVAS_GONE)) as string | null;
  if (gone) visit.errors.push(`drag: the canvas is gone: ${gone}`);
  else if (!moved) visit.errors.push(`drag: ${server.id} is back where it started after the drop`);
  return { ...result, moved };
}
