// What the first frame of a plan does not show waits until that frame is painted and the browser is
// idle: the inspector column's content, the large-link progress card, and (under a shared plan) the
// plan library. Their boxes are laid out from the first frame, so they fill in place, nothing shifts.
import type { ReactNode } from 'react';
import { create } from 'zustand';
import { FIRST_PAINT_TEXT_ID } from './firstPaintText.ts';

/** If the browser is never idle, the waiting work starts this long after the first frame anyway. */
const IDLE_TIMEOUT_MS = 500;
/** Frames from the first plan's render to the one that starts after its cards and links are painted. */
const PLAN_FRAMES = 2;
/** Without any frame (a tab opened in the background), the waiting work starts after this. */
const HIDDEN_TAB_MS = 2000;

const useFirstPaintState = create<{ done: boolean }>()(() => ({ done: false }));
let settle = () => {};

/** Resolves once the first plan's frame is painted and the browser idle (see `watchFirstPaint`). */
export const firstPaint = new Promise<void>((done) => (settle = done));

let watching = false;

/** Called when the first plan is committed (App's layout effect): its cards are in the next frame painted. */
export function watchFirstPaint() {
  if (watching) return;
  watching = true;
  const committed = performance.now();
  const done = () => {
    clearTimeout(fallback);
    if (useFirstPaintState.getState().done) return;
    // From the first plan's commit to the deferred work's start (the app's etd:* timings, bench/canvas/tools).
    performance.measure('etd:after-first-paint', { start: committed, end: performance.now() });
    // The hidden text that had the first frame's fonts looked up early (firstPaintText.ts) has done its part.
    if (typeof document !== 'undefined') document.getElementById(FIRST_PAINT_TEXT_ID)?.remove();
    useFirstPaintState.setState({ done: true });
    settle();
  };
  // A tab opened in the background paints no frame until it is shown: its work starts anyway.
  const fallback = setTimeout(done, HIDDEN_TAB_MS);
  // The next frame paints the cards and their links (the nodes carry their handles, so React Flow
  // need not measure the cards first), which the second sees painted. Work started before (the
  // library, the inspector) would hold that frame back.
  const whenIdle = () => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(done, { timeout: IDLE_TIMEOUT_MS });
    else setTimeout(done, 0);
  };
  const afterFrames = (n: number) => (n === 0 ? whenIdle() : requestAnimationFrame(() => afterFrames(n - 1)));
  afterFrames(PLAN_FRAMES);
}

/** Whether the first plan's frame has been painted (and the browser was idle since). */
export const useFirstPaintDone = () => useFirstPaintState((s) => s.done);

/** Its children once the first plan's frame is painted: only this re-renders then, not its parent. */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  return useFirstPaintDone() ? children : null;
}
