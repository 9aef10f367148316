// Work an edit causes but its paint does not need (storing the update in IndexedDB, telling the
// other tabs): the updates are queued, merged into one, and handed on after the next frame is
// painted, so an edit's frame carries only the edit. Handed on at once when asked (a close, a
// wait for saving) and when the page is hidden or left, so nothing queued is ever lost.
import * as Y from 'yjs';

/** If no frame comes (a hidden tab has none), the queue is handed on after this anyway. */
const LATEST_MS = 200;

const live = new Set<DeferredUpdates>();
let listening = false;

function flushAll() {
  for (const queue of live) queue.flush();
}

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  window.addEventListener('pagehide', flushAll);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushAll();
  });
}

/** Runs `work` once the next frame is painted (or after LATEST_MS, whichever comes first). */
function afterPaint(work: () => void) {
  const timer = setTimeout(work, LATEST_MS);
  const run = () => {
    clearTimeout(timer);
    work();
  };
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

export class DeferredUpdates {
  private queue: Uint8Array[] = [];
  private scheduled = false;

  constructor(private readonly deliver: (update: Uint8Array) => void) {
    live.add(this);
    listen();
  }

  push(update: Uint8Array) {
    this.queue.push(update);
    if (this.scheduled) return;
    this.scheduled = true;
    afterPaint(() => this.flush());
  }

  /** Hands on everything queued now, as one update. */
  flush() {
    this.scheduled = false;
    if (this.queue.length === 0) return;
    const updates = this.queue;
    this.queue = [];
    this.deliver(updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates));
  }

  /** Hands on what is queued and stops. */
  close() {
    this.flush();
    live.delete(this);
  }
}
