// The binding, plan → document: the difference between the plan the store holds and the one a pure
// edit returned, written as the fewest field changes. Records and lists the edit did not touch keep
// their object identity, so this only walks what changed. The caller wraps it in one transaction.
import type { Plan, Position } from '../model/index.ts';
import { layoutDelta, storedPosition } from '../model/positions.ts';
import type * as Y from 'yjs';
import { COLLECTIONS, LOAD_ORIGIN, planTypes, progressMap, RECORD_FIELDS, type Collection, type FieldMap, type PlanTypes } from './shape.ts';
import { toShared, writeFields, type Json } from './write.ts';

type Item = { id: string };

export function writePlanChange(types: PlanTypes, prev: Plan, next: Plan): void {
  writeHead(types, prev, next);
  for (const c of COLLECTIONS) if (prev[c] !== next[c]) writeCollection(types, c, prev[c], next[c]);
  if (prev.layout !== next.layout) writeLayout(types, prev.layout ?? {}, next.layout ?? {});
}

/** Writes a whole plan into an empty document. */
export function writeWholePlan(types: PlanTypes, plan: Plan): void {
  const empty = { sites: [], servers: [], clusters: [], infrastructure: [], links: [] } as unknown as Plan;
  writePlanChange(types, empty, plan);
}

function writeHead(types: PlanTypes, prev: Plan, next: Plan) {
  const own = (plan: Plan) => {
    const out: Json = {};
    for (const [k, v] of Object.entries(plan)) if (!RECORD_FIELDS.has(k)) out[k] = v;
    return out;
  };
  const before = types.head.size === 0 ? undefined : own(prev);
  writeFields(types.head, before, own(next));
}

function writeCollection(types: PlanTypes, c: Collection, prev: readonly Item[], next: readonly Item[]) {
  const records = types.records[c];
  if (prev.length === next.length && prev.every((item, i) => item.id === next[i]!.id)) {
    // The same items in the same order (the usual edit): walk both lists side by side.
    for (let i = 0; i < next.length; i++) {
      if (prev[i] === next[i]) continue;
      const target = records.get(next[i]!.id);
      if (target) writeFields(target, prev[i] as unknown as Json, next[i] as unknown as Json);
      else records.set(next[i]!.id, toShared(next[i]) as FieldMap);
    }
    return;
  }
  if (appended(types, c, prev, next)) {
    // Items added at the end (a palette add): their records and one push, no pass over the list.
    for (let i = prev.length; i < next.length; i++) records.set(next[i]!.id, toShared(next[i]) as FieldMap);
    types.order[c].push(next.slice(prev.length).map((item) => item.id));
    return;
  }
  const before = new Map<string, Item>();
  for (const item of prev) before.set(item.id, item);
  const kept = new Set<string>();
  for (const item of next) {
    kept.add(item.id);
    const old = before.get(item.id);
    if (old === item) continue;
    const target = records.get(item.id);
    if (target && old) writeFields(target, old as unknown as Json, item as unknown as Json);
    else records.set(item.id, toShared(item) as FieldMap);
  }
  for (const id of before.keys()) if (!kept.has(id)) records.delete(id);
  writeOrder(types, c, prev, next, before, kept);
}

/** Keeps the order list: removals and insertions in place; a reordering rewrites it. */
function writeOrder(
  types: PlanTypes,
  c: Collection,
  prev: readonly Item[],
  next: readonly Item[],
  before: ReadonlyMap<string, Item>,
  kept: ReadonlySet<string>,
) {
  if (prev.length === next.length && prev.every((item, i) => item.id === next[i]!.id)) return;
  const order = types.order[c];
  const staying = prev.filter((item) => kept.has(item.id)).map((item) => item.id);
  const stayingNext = next.filter((item) => before.has(item.id)).map((item) => item.id);
  const ids = order.toArray();
  // A reordering, or a kept id the order list lacks (a damaged document: new ids placed after it
  // would go first), rewrites the list.
  const listed = new Set(ids);
  if (staying.some((id, i) => stayingNext[i] !== id || !listed.has(id))) {
    order.delete(0, order.length);
    order.push(next.map((item) => item.id));
    return;
  }
  for (let i = ids.length - 1; i >= 0; i--)
    if (before.has(ids[i]!) && !kept.has(ids[i]!)) {
      order.delete(i, 1);
      ids.splice(i, 1);
    }
  // New ids go in runs, one insert per run: a whole plan written into a new document is one run
  // (5,000 single inserts each searched the list for their index).
  let after: string | undefined;
  let run: string[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const at = after === undefined ? 0 : ids.lastIndexOf(after) + 1;
    order.insert(at, run);
    ids.splice(at, 0, ...run);
    after = run[run.length - 1];
    run = [];
  };
  for (const item of next) {
    if (before.has(item.id)) {
      flush();
      after = item.id;
    } else run.push(item.id);
  }
  flush();
}

/**
 * Whether `next` is `prev` (the same objects) with items added at its end whose ids have no record
 * yet, and the order list ends where `prev` does: what the general path would write is then their
 * records and their ids pushed onto the order.
 */
function appended(types: PlanTypes, c: Collection, prev: readonly Item[], next: readonly Item[]): boolean {
  if (next.length <= prev.length) return false;
  for (let i = 0; i < prev.length; i++) if (prev[i] !== next[i]) return false;
  for (let i = prev.length; i < next.length; i++) if (types.records[c].has(next[i]!.id)) return false;
  const order = types.order[c];
  return prev.length === 0 ? order.length === 0 : order.length > 0 && order.get(order.length - 1) === prev[prev.length - 1]!.id;
}

function writeLayout(types: PlanTypes, prev: Plan['layout'] & object, next: Plan['layout'] & object) {
  // The entries an edit changed, when its table notes them (positions.ts): a palette add or a
  // drag then writes a handful of entries instead of walking thousands.
  const delta = layoutDelta(prev, next);
  if (delta) {
    for (const id of new Set(delta)) writeEntry(types.layout, id, storedPosition(prev, id), storedPosition(next, id));
    return;
  }
  // for..in, not Object.entries: a table of thousands of entries.
  for (const id in next) writeEntry(types.layout, id, prev[id], next[id]);
  for (const id in prev) if (!(id in next)) types.layout.delete(id);
}

/** One layout entry from `old` to `position` (absent: removed). */
function writeEntry(layout: PlanTypes['layout'], id: string, old: Position | undefined, position: Position | undefined) {
  if (old === position) return;
  if (!position) {
    layout.delete(id);
    return;
  }
  const target = layout.get(id);
  if (target && old) writeFields(target, old as Json, position as Json);
  else layout.set(id, toShared(position) as FieldMap);
}

/** A new plan's document: the plan and its checklist ticks, written as where history starts. */
export function fillDoc(doc: Y.Doc, plan: Plan, progress: readonly string[]) {
  doc.transact(() => {
    writeWholePlan(planTypes(doc), plan);
    const ticks = progressMap(doc);
    for (const step of progress) ticks.set(step, true);
  }, LOAD_ORIGIN);
}
