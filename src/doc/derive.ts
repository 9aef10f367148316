// The binding, document → plan: incremental. Only records a transaction touched are read again;
// every other record keeps its object, and every list or layout nothing changed in keeps its array,
// so React memo and planToFlow reuse them. The result passes the plan gate: each record through
// its schema (repair.ts), then parsePlan's own cross-reference check over the whole plan.
import * as Y from 'yjs';
import { newLayout, type Plan, type Position } from '../model/index.ts';
import { copyLayout, noteLayoutChange } from '../model/positions.ts';
import { gate } from './gate.ts';
import { hasLayoutItem, repairHead, repairPosition, repairRecord, repairReferences, type Item } from './repair.ts';
import { COLLECTIONS, planTypes, type Collection, type PlanTypes } from './shape.ts';
import type { Json } from './write.ts';

type Dirty = Set<string> | 'all';

interface CollectionState {
  /** Each record as its schema accepts it (null: it cannot be one), by id. */
  own: Map<string, Item | null>;
  dirty: Dirty;
  orderDirty: boolean;
  ids: string[];
  /** Position of each id in `ids` (and `list`). */
  index: Map<string, number>;
  list: Item[];
  /** Ids re-read since the reference repair last ran; 'all' after the list was rebuilt. */
  changed: Set<string> | 'all';
  /** Position of each id in `final`. */
  finalIndex: Map<string, number>;
  /** After the reference repair: what the plan holds. */
  final: Item[];
}

export class PlanDeriver {
  private readonly state = {} as Record<Collection, CollectionState>;
  private head: Json | undefined;
  private headDirty = true;
  private positions = new Map<string, Position | null>();
  private layoutDirty: Dirty = 'all';
  private kinds: Map<string, Collection> = new Map();
  private layout: Record<string, Position> = newLayout();
  /** Entries of `layout` (counting its keys was a walk of every position on each edit). */
  private layoutSize = 0;
  private plan: Plan | undefined;
  private readonly unobserve: (() => void)[] = [];

  constructor(private readonly types: PlanTypes) {
    for (const c of COLLECTIONS) {
      this.state[c] = { own: new Map(), dirty: 'all', orderDirty: true, ids: [], index: new Map(), list: [], changed: 'all', finalIndex: new Map(), final: [] };
      this.watchMap(types.records[c], (keys) => this.mark(this.state[c], keys));
      const onOrder = () => (this.state[c].orderDirty = true);
      types.order[c].observe(onOrder);
      this.unobserve.push(() => types.order[c].unobserve(onOrder));
    }
    this.watchMap(types.layout, (keys) => {
      if (this.layoutDirty !== 'all') for (const k of keys) this.layoutDirty.add(k);
    });
    const onHead = () => (this.headDirty = true);
    types.head.observeDeep(onHead);
    this.unobserve.push(() => types.head.unobserveDeep(onHead));
  }

  destroy() {
    for (const off of this.unobserve) off();
  }

  /** Calls `note` with the keys of `map` whose entries were added, removed or changed inside. */
  private watchMap(map: Y.Map<Y.Map<unknown>>, note: (keys: Iterable<string>) => void) {
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      for (const e of events) {
        if (e.target === map) note((e as Y.YMapEvent<unknown>).keysChanged);
        else if (typeof e.path[0] === 'string') note([e.path[0]]);
      }
    };
    map.observeDeep(handler);
    this.unobserve.push(() => map.unobserveDeep(handler));
  }

  private mark(s: CollectionState, keys: Iterable<string>) {
    if (s.dirty === 'all') return;
    for (const k of keys) s.dirty.add(k);
  }

  /** The plan the document holds now. */
  derive(): Plan {
    let changed = false;
    if (this.headDirty) {
      this.head = repairHead(this.types.head.toJSON() as Json);
      this.headDirty = false;
      changed = true;
    }
    let membership = this.plan === undefined;
    for (const c of COLLECTIONS) membership = this.readCollection(c) || membership;
    if (membership) this.kinds = kindsOf(this.state);
    for (const c of COLLECTIONS) changed = this.repairCollection(c, membership) || changed;
    changed = this.readLayout(membership) || changed;
    if (!changed && this.plan) return this.plan;
    const plan = { ...this.head } as Plan;
    for (const c of COLLECTIONS) (plan as unknown as Record<Collection, Item[]>)[c] = this.state[c].final;
    if (this.layoutSize > 0) plan.layout = this.layout;
    // Records that changed were checked against every id above (repairReferences); only a change
    // in which items exist can make an unchanged one dangle, so the whole-plan check runs then.
    this.plan = membership ? gate(plan) : plan;
    return this.plan;
  }

  /** Re-reads changed records; true when the set of ids changed. */
  private readCollection(c: Collection): boolean {
    const s = this.state[c];
    const records = this.types.records[c];
    const keys = s.dirty === 'all' ? new Set([...records.keys(), ...s.own.keys()]) : s.dirty;
    if (keys.size === 0 && !s.orderDirty) return false;
    let membership = s.orderDirty;
    for (const id of keys) {
      const record = records.get(id);
      const before = s.own.get(id);
      const next = record instanceof Y.Map ? repairRecord(c, id, record.toJSON() as Json) : undefined;
      if ((before === undefined || before === null) !== (next === undefined || next === null)) membership = true;
      if (next === undefined) s.own.delete(id);
      else s.own.set(id, next);
    }
    s.dirty = new Set();
    s.orderDirty = false;
    if (membership) {
      s.ids = orderedIds(this.types.order[c].toArray(), s.own);
      s.index = new Map(s.ids.map((id, i) => [id, i]));
      s.list = s.ids.map((id) => s.own.get(id)!);
      s.changed = 'all';
    } else {
      // Same ids in the same order: only the changed records are replaced.
      // (A record that is still not valid is in neither list: nothing to replace.)
      const listed = [...keys].filter((id) => s.index.has(id));
      s.list = s.list.slice();
      for (const id of listed) s.list[s.index.get(id)!] = s.own.get(id)!;
      if (s.changed !== 'all') for (const id of listed) s.changed.add(id);
    }
    return membership;
  }

  private repairCollection(c: Collection, membership: boolean): boolean {
    const s = this.state[c];
    const changed = s.changed;
    s.changed = new Set();
    if (!membership && changed !== 'all') return changed.size > 0 && this.repairChanged(c, changed);
    const final: Item[] = [];
    for (const item of s.list) {
      const repaired = repairReferences(c, item, this.kinds);
      if (repaired) final.push(repaired === item ? item : reuse(s.final, repaired));
    }
    s.finalIndex = new Map(final.map((item, i) => [item.id, i]));
    if (sameItems(final, s.final)) return false;
    s.final = final;
    return true;
  }

  /** The same items as before, some of them changed: only those are checked and replaced. */
  private repairChanged(c: Collection, changed: ReadonlySet<string>): boolean {
    const s = this.state[c];
    const final = s.final.slice();
    for (const id of changed) {
      const at = s.finalIndex.get(id);
      const repaired = repairReferences(c, s.own.get(id)!, this.kinds);
      // A record repair drops (or drops no longer) changes the list's shape: read it all again.
      if (at === undefined || !repaired) return this.repairCollection(c, true);
      final[at] = repaired === s.own.get(id) ? repaired : reuse(s.final, repaired);
    }
    if (sameItems(final, s.final)) return false;
    s.final = final;
    return true;
  }

  private readLayout(membership: boolean): boolean {
    const layout = this.types.layout;
    const dirty = this.layoutDirty;
    const keys = dirty === 'all' ? new Set([...layout.keys(), ...this.positions.keys()]) : dirty;
    if (keys.size === 0 && !membership) return false;
    for (const id of keys) {
      const entry = layout.get(id);
      if (entry instanceof Y.Map) this.positions.set(id, repairPosition(entry.toJSON() as Json));
      else this.positions.delete(id);
    }
    this.layoutDirty = new Set();
    const shown = (id: string) => {
      const position = this.positions.get(id);
      return position && hasLayoutItem(this.kinds, id) ? position : undefined;
    };
    if (!membership && dirty !== 'all') {
      // Only some entries changed and no item came or went: copy, and replace those.
      if ([...keys].every((id) => shown(id) === this.layout[id])) return false;
      // Null-prototype tables: an id such as "__proto__" from a document is an entry like any other.
      const next = copyLayout(this.layout);
      for (const id of keys) {
        const position = shown(id);
        const had = Object.hasOwn(next, id);
        if (position) {
          next[id] = position;
          if (!had) this.layoutSize++;
        } else if (had) {
          delete next[id];
          this.layoutSize--;
        }
      }
      noteLayoutChange(next, this.layout, [...keys]);
      this.layout = next;
      return true;
    }
    const next = newLayout();
    let same = true;
    let size = 0;
    for (const id of this.positions.keys()) {
      const position = shown(id);
      if (!position) continue;
      next[id] = position;
      size++;
      if (this.layout[id] !== position) same = false;
    }
    if (same && size === this.layoutSize) return false;
    this.layout = next;
    this.layoutSize = size;
    return true;
  }
}

/** The order list's ids that have a record (first occurrence), then records it misses, by id. */
function orderedIds(order: readonly string[], own: ReadonlyMap<string, Item | null>): string[] {
  const seen = new Set<string>();
  const ids: string[] = [];
  for (const id of order) {
    if (seen.has(id) || !own.get(id)) continue;
    seen.add(id);
    ids.push(id);
  }
  const missing: string[] = [];
  for (const [id, item] of own) if (item && !seen.has(id)) missing.push(id);
  return missing.length ? ids.concat(missing.sort()) : ids;
}

function kindsOf(state: Record<Collection, CollectionState>): Map<string, Collection> {
  const kinds = new Map<string, Collection>();
  for (const c of COLLECTIONS) for (const id of state[c].ids) if (!kinds.has(id)) kinds.set(id, c);
  return kinds;
}

const sameItems = (a: readonly Item[], b: readonly Item[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The repaired copy made last time, when it is equal: a dangling reference does not redraw each time. */
function reuse(previous: readonly Item[], repaired: Item): Item {
  const old = previous.find((p) => p.id === repaired.id);
  if (!old) return repaired;
  const keys = Object.keys(repaired);
  return keys.length === Object.keys(old).length && keys.every((k) => old[k] === repaired[k]) ? old : repaired;
}

/**
 * The plan a document holds, repaired and through the gate, read once: for a process that only
 * checks documents (a server), with no undo and no subscription.
 */
export function derivePlan(doc: Y.Doc): Plan {
  const deriver = new PlanDeriver(planTypes(doc));
  try {
    return deriver.derive();
  } finally {
    deriver.destroy();
  }
}
