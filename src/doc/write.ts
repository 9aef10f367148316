// Plain JSON into shared types, field by field: an object becomes a Y.Map (so its fields merge one
// by one), a list a Y.Array (so concurrent additions both stay), anything else an atomic value.
// Generic on purpose: a field the format gains later needs no change here.
import * as Y from 'yjs';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Structural equality of JSON values. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => k in b && sameJson(a[k], b[k]));
  }
  return false;
}

/** A JSON value as it is stored in the document. */
export function toShared(value: unknown): unknown {
  if (Array.isArray(value)) {
    const list = new Y.Array<unknown>();
    list.push(value.map((v) => (isObject(v) || Array.isArray(v) ? structuredClone(v) : v)));
    return list;
  }
  if (isObject(value)) {
    const map = new Y.Map<unknown>();
    for (const [k, v] of Object.entries(value)) if (v !== undefined) map.set(k, toShared(v));
    return map;
  }
  return value;
}

/** Writes the fields of `after` that differ from `before`, and deletes the ones it no longer has. */
export function writeFields(target: Y.Map<unknown>, before: Json | undefined, after: Json): void {
  for (const [key, value] of Object.entries(after)) {
    const old = before?.[key];
    if (value === undefined || value === old) continue;
    const current = target.get(key);
    if (isObject(value) && current instanceof Y.Map) writeFields(current, isObject(old) ? old : undefined, value);
    else if (Array.isArray(value) && current instanceof Y.Array) writeList(current, value);
    else if (!sameJson(old, value) || !target.has(key)) target.set(key, toShared(value));
  }
  if (before)
    for (const key of Object.keys(before)) if (after[key] === undefined && target.has(key)) target.delete(key);
}

/** Turns the list into `after` by replacing only what lies between the common start and end. */
export function writeList(target: Y.Array<unknown>, after: readonly unknown[]): void {
  const before = target.toArray();
  let start = 0;
  while (start < before.length && start < after.length && sameJson(before[start], after[start])) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    sameJson(before[before.length - 1 - end], after[after.length - 1 - end])
  )
    end++;
  const removed = before.length - start - end;
  if (removed > 0) target.delete(start, removed);
  const added = after.slice(start, after.length - end);
  if (added.length > 0) target.insert(start, added.map((v) => (isObject(v) || Array.isArray(v) ? structuredClone(v) : v)));
}
