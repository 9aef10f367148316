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

/** What `readUnsaved` read: each key with the value it held then. */
export type UnsavedEntry = { key: string; value: string };

/** The update a kept value holds, or undefined when it is damaged (not base64, or not an update). */
function updateOf(value: string): Uint8Array | undefined {
  try {
    const update = fromBase64(value);
    Y.applyUpdate(new Y.Doc(), update); // throws on a damaged update, which must not reach the plan
    return update;
  } catch {
    return undefined;
  }
}

/**
 * Every tab's unsaved edits of `name` as one update, and the entries they came from. A damaged
 * entry can never be read: it is removed at once, so that it never stops the plan from opening.
 */
export function readUnsaved(name: string): { update: Uint8Array; entries: UnsavedEntry[] } | undefined {
  const store = storage();
  if (!store) return undefined;
  const updates: Uint8Array[] = [];
  const entries: UnsavedEntry[] = [];
  for (const key of keysOf(store, name)) {
    const value = store.getItem(key) ?? '';
    const update = updateOf(value);
    if (update) {
      updates.push(update);
      entries.push({ key, value });
    } else store.removeItem(key);
  }
  if (updates.length === 0) return undefined;
  return { update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), entries };
}

/** Forgets this tab's unsaved edits once they are stored. */
export function forgetUnsaved(name: string) {
  storage()?.removeItem(keyOf(name));
}

/**
 * Forgets entries `readUnsaved` gave once what they held is stored; an entry its tab has written
 * again since (newer edits) is kept.
 */
export function forgetEntries(entries: readonly UnsavedEntry[]) {
  const store = storage();
  for (const { key, value } of entries) if (store?.getItem(key) === value) store.removeItem(key);
}

/** Forgets every tab's unsaved edits of a document that is deleted. */
export function forgetAllUnsaved(name: string) {
  const store = storage();
  if (store) for (const key of keysOf(store, name)) store.removeItem(key);
}

/** Forgets kept edits of documents no longer stored (deleted while another tab still had them open). */
export function forgetUnsavedExcept(stored: readonly string[]) {
  const store = storage();
  if (!store) return;
  const names = new Set(stored);
  const stale: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key?.startsWith(PREFIX) && !names.has(key.slice(PREFIX.length, key.lastIndexOf(':')))) stale.push(key);
  }
  for (const key of stale) store.removeItem(key);
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
