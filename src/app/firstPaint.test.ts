import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// The browser's frame and idle queues, run by hand.
let frames: (() => void)[] = [];
let idle: (() => void)[] = [];
const nextFrame = () => {
  const due = frames;
  frames = [];
  for (const run of due) run();
};

beforeEach(() => {
  vi.resetModules();
  vi.useFakeTimers();
  frames = [];
  idle = [];
  vi.stubGlobal('requestAnimationFrame', (run: () => void) => frames.push(run));
  vi.stubGlobal('requestIdleCallback', (run: () => void) => idle.push(run));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('what waits for the first plan to be painted', () => {
  it('starts once the frames of its cards and its links have been painted and the browser is idle, not before', async () => {
    const { watchFirstPaint, firstPaint } = await import('./firstPaint.tsx');
    let started = false;
    void firstPaint.then(() => (started = true));
    watchFirstPaint();
    watchFirstPaint(); // a second commit (React's strict mode) watches nothing twice
    // The frame of the cards and their links: nothing yet.
    nextFrame();
    expect(idle).toHaveLength(0);
    // The next frame sees it painted; the work waits for the browser to be idle.
    nextFrame();
    expect(idle).toHaveLength(1);
    await Promise.resolve();
    expect(started).toBe(false);
    idle[0]!();
    await Promise.resolve();
    expect(started).toBe(true);
  });

  it('starts anyway in a tab that paints no frame (opened in the background)', async () => {
    const { watchFirstPaint, firstPaint } = await import('./firstPaint.tsx');
    let started = false;
    void firstPaint.then(() => (started = true));
    watchFirstPaint();
    await vi.advanceTimersByTimeAsync(1999);
    expect(started).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toBe(true);
  });
});
