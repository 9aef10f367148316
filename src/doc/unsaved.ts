// Edits IndexedDB has not confirmed when the page goes away, kept in localStorage and put back the
// next time their document opens. Chromium drops an IndexedDB write still under way when a page is
// reloaded or closed (a slow disk, a busy profile), so an edit made just before would be lost;
// localStorage is written before the page goes. Where that fails too, the user is asked to stay.
import * as Y from 'yjs';
import { fromBase64, toBase64 } from 'lib0/buffer';

const PREFIX = 'etd-unsaved:';
/** One key a document and a tab, so one tab forgetting its own never drops another tab's. */
const tab = Math.random().toString(36).slice(2, 10);
const keyOf = (name: string) => `${PREFIX}${name}:${tab}`;

const storage = (): Storage | undefined => {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined; // a browser that refuses this origin's storage throws on access
  }
};

/** Keys of every tab's unsaved edits of document `name`. */
function keysOf(store: Storage, name: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(`${PREFIX}${name}:`) && !key.slice(PREFIX.length + name.length + 1).includes(':')) keys.push(key);
  }
  return keys;
}

/** Keeps `updates` (with what this tab kept before) until `forget`; false when they could not be kept. */
export function keepUnsaved(name: string, updates: Uint8Array[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    const before = store.getItem(keyOf(name));
    const all = before ? [fromBase64(before), ...updates] : updates;
    store.setItem(keyOf(name), toBase64(all.length === 1 ? all[0]! : Y.mergeUpdates(all)));
    return true;
  } catch {
    return false; // full, or refused
  }
}

/** Every tab's unsaved edits of `name` as one update, and the keys they were under. */
export function readUnsaved(name: string): { update: Uint8Array; keys: string[] } | undefined {
  const store = storage();
  if (!store) return undefined;
  const keys = keysOf(store, name);
  const updates: Uint8Array[] = [];
  for (const key of keys) {
    try {
      updates.push(fromBase64(store.getItem(key) ?? ''));
    } catch {
      // Not ours to read (damaged): left out, and removed with the rest once they are stored.
    }
  }
  if (updates.length === 0) return undefined;
  try {
    return { update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), keys };
  } catch {
    return undefined;
  }
}

/** Forgets unsaved edits once they are stored: this tab's own, or the keys `readUnsaved` gave. */
export function forgetUnsaved(name: string, keys: readonly string[] = [keyOf(name)]) {
  const store = storage();
  for (const key of keys) store?.removeItem(key);
}

/** Forgets every tab's unsaved edits of a document that is deleted. */
export function forgetAllUnsaved(name: string) {
  const store = storage();
  if (store) forgetUnsaved(name, keysOf(store, name));
}

const keepers = new Set<() => boolean>();
let listening = false;

/** What the page does as it may go away: keeps every document's unconfirmed edits; false if some could not be. */
export const keepBeforeLeaving = () => [...keepers].map((keep) => keep()).every(Boolean);

function listen() {
  if (listening || typeof window === 'undefined') return;
  listening = true;
  // Leaving with edits that could be kept nowhere: the browser asks the user whether to leave.
  window.addEventListener('beforeunload', (event) => {
    if (!keepBeforeLeaving()) event.preventDefault();
  });
  window.addEventListener('pagehide', keepBeforeLeaving);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') keepBeforeLeaving();
  });
}

/** Calls `keep` when the page may go away (true: nothing is left unkept); returns a stop. */
export function whenLeaving(keep: () => boolean): () => void {
  listen();
  keepers.add(keep);
  return () => void keepers.delete(keep);
}
