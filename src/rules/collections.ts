// The collection moves the plan index is made of, kept tiny so the index reads as one pass.
import type { Server } from '../model/schema.ts';

/** Appends to the list under `key`, creating it. */
export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) map.set(item.id, item);
  return map;
}

/** A value built on first call and kept: for look-ups only messages and quick fixes need. */
export function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

/** The one server `after` adds at the end of `before` (all others the same objects), or undefined. */
export function appendedServer(before: readonly Server[], after: readonly Server[]): Server | undefined {
  if (after.length !== before.length + 1) return undefined;
  for (let i = 0; i < before.length; i++) if (before[i] !== after[i]) return undefined;
  return after[before.length];
}
