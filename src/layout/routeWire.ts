// What the canvas and its routing worker (app/routeWorker.ts) send each other. Posting a whole plan
// costs a structured clone on the main thread (7.6 ms at 1,000 servers, 21 ms at 5,000, measured in
// Node), so after the first plan only what an edit replaced goes: an edit keeps every list, item and
// position it did not touch (structural sharing), and a list that changed is sent as its new items
// plus, for each place, the index of the same object in the list sent before. The worker rebuilds
// a plan deep-equal to the canvas's. Its answer is likewise only the routes that changed.
import { copyLayout, noteLayoutChange } from '../model/positions.ts';
import type { Layout, Plan } from '../model/schema.ts';
import { createRouter, type RoutedLink, type Routes } from './route.ts';

type Fields = Record<string, unknown>;
type Json = Record<string, unknown>;

/** A list as sent: `from[i]` is the index of item i in the list sent before, or -1: the next of `items`. */
interface ListDelta {
  from: Int32Array;
  items: unknown[];
}
/** A record (the layout) as sent: the keys whose values changed or are new, and the keys gone. */
interface RecordDelta {
  set: [string, unknown][];
  gone: string[];
}

export interface PlanDelta {
  seq: number;
  /** Fields given whole (the first plan sends every field this way). */
  whole: Fields;
  lists: Record<string, ListDelta>;
  records: Record<string, RecordDelta>;
  gone: string[];
}

export interface RoutesDelta {
  seq: number;
  /** The routes that are not the objects of the answer before (all of them the first time). */
  changed: RoutedLink[];
  /** Every route's id in order, when the ids or their order changed. */
  order?: string[];
}

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function listDelta(before: readonly unknown[], now: readonly unknown[]): ListDelta {
  const at = new Map<unknown, number>();
  before.forEach((item, i) => at.set(item, i));
  const from = new Int32Array(now.length);
  const items: unknown[] = [];
  now.forEach((item, i) => {
    const j = at.get(item);
    from[i] = j ?? -1;
    if (j === undefined) items.push(item);
  });
  return { from, items };
}

function recordDelta(before: Json, now: Json): RecordDelta {
  const set: [string, unknown][] = [];
  for (const k in now) if (before[k] !== now[k] || !(k in before)) set.push([k, now[k]]);
  const gone: string[] = [];
  for (const k in before) if (!(k in now)) gone.push(k);
  return { set, gone };
}

/** The canvas's side: each plan as a delta from the one it sent before. */
export function createPlanEncoder() {
  let sent: Fields | undefined;
  let seq = 0;
  return (plan: Plan): PlanDelta => {
    const now = plan as unknown as Fields;
    const delta: PlanDelta = { seq: ++seq, whole: {}, lists: {}, records: {}, gone: [] };
    for (const k in now) {
      const was = sent?.[k];
      const value = now[k];
      if (sent && k in sent && was === value) continue;
      if (Array.isArray(was) && Array.isArray(value)) delta.lists[k] = listDelta(was, value);
      else if (k === 'layout' && isRecord(value)) delta.records[k] = recordDelta(isRecord(was) ? was : {}, value);
      else delta.whole[k] = value;
    }
    if (sent) for (const k in sent) if (!(k in now)) delta.gone.push(k);
    sent = now;
    return delta;
  };
}

/** The worker's side: the plan each delta describes. */
export function createPlanDecoder() {
  let plan: Fields = {};
  return (delta: PlanDelta): Plan => {
    const next: Fields = { ...plan, ...delta.whole };
    for (const k of delta.gone) delete next[k];
    for (const [k, { from, items }] of Object.entries(delta.lists)) {
      const was = plan[k] as unknown[];
      let fresh = 0;
      next[k] = Array.from(from, (j) => (j < 0 ? items[fresh++] : was[j]));
    }
    // The layout as the page keeps it: a table without a prototype (an item id may be "__proto__"),
    // noted as made from the one before with these keys changed, so the layout is updated, not redone.
    for (const [k, { set, gone }] of Object.entries(delta.records)) {
      const base = plan[k] as Layout | undefined;
      const record: Json = copyLayout(base);
      for (const key of gone) delete record[key];
      for (const [key, value] of set) record[key] = value;
      noteLayoutChange(record as Layout, base, [...gone, ...set.map(([key]) => key)]);
      next[k] = record;
    }
    plan = next;
    return plan as unknown as Plan;
  };
}

/** The worker's answer: the routes that are not the objects it answered before. */
export function routesDelta(seq: number, before: Routes | undefined, now: Routes): RoutesDelta {
  const changed: RoutedLink[] = [];
  for (const route of now.values()) if (before?.get(route.id) !== route) changed.push(route);
  const ids = [...now.keys()];
  const same = before !== undefined && before.size === ids.length && [...before.keys()].every((id, i) => id === ids[i]);
  return same ? { seq, changed } : { seq, changed, order: ids };
}

/** The canvas's copy of the worker's routes after an answer. */
export function applyRoutesDelta(before: ReadonlyMap<string, RoutedLink>, delta: RoutesDelta): Map<string, RoutedLink> {
  const changed = new Map(delta.changed.map((r) => [r.id, r]));
  const ids = delta.order ?? before.keys();
  const next = new Map<string, RoutedLink>();
  for (const id of ids) next.set(id, changed.get(id) ?? before.get(id)!);
  return next;
}

/** What the worker runs: its own router (so it reuses what an edit did not touch), answering each delta. */
export function createRouteService(): (delta: PlanDelta) => RoutesDelta {
  const decode = createPlanDecoder();
  const route = createRouter();
  let last: Routes | undefined;
  return (delta) => {
    const routes = route(decode(delta));
    const answer = routesDelta(delta.seq, last, routes);
    last = routes;
    return answer;
  };
}
