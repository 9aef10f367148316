import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dismiss, holdToast, notify, runToastAction, useToasts } from './toasts.ts';

const texts = () => useToasts.getState().toasts.map((t) => t.text);

describe('toasts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    for (const t of useToasts.getState().toasts) dismiss(t.id);
    vi.useRealTimers();
  });

  it('expire on their own: 5 s for news, 10 s for an error', () => {
    notify('Saved');
    notify('Could not read the file', 'error');
    vi.advanceTimersByTime(5_001);
    expect(texts()).toEqual(['Could not read the file']);
    vi.advanceTimersByTime(5_000);
    expect(texts()).toEqual([]);
  });

  it('do not expire while held, and expire after being let go', () => {
    const id = notify('Deleted Head office');
    holdToast(id, true);
    vi.advanceTimersByTime(60_000);
    expect(texts()).toEqual(['Deleted Head office']);
    holdToast(id, false);
    vi.advanceTimersByTime(5_001);
    expect(texts()).toEqual([]);
  });

  it('stack at most four, dropping the oldest', () => {
    for (const n of [1, 2, 3, 4, 5]) notify(`Message ${n}`);
    expect(texts()).toEqual(['Message 2', 'Message 3', 'Message 4', 'Message 5']);
  });

  it('the same message twice restarts the clock instead of stacking', () => {
    notify('Copied 1 server');
    vi.advanceTimersByTime(4_000);
    notify('Copied 1 server');
    vi.advanceTimersByTime(4_000);
    expect(texts()).toEqual(['Copied 1 server']);
  });

  it('an action runs once and closes its toast', () => {
    const run = vi.fn();
    const id = notify('Deleted Head office', 'info', { action: { label: 'Undo', run } });
    vi.advanceTimersByTime(7_000);
    runToastAction(id);
    runToastAction(id);
    expect(run).toHaveBeenCalledTimes(1);
    expect(texts()).toEqual([]);
  });
});
