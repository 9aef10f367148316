// How a plan lies in a Y.Doc: the plan's own fields in one map, each kind of record in a map keyed
// by id (one Y.Map per record, so fields merge one by one) with a Y.Array of ids for its order, and
// layout entries in a map keyed by item id. Deployment progress sits beside the plan, not in it.
import type * as Y from 'yjs';

export const COLLECTIONS = ['sites', 'servers', 'clusters', 'infrastructure', 'links'] as const;
export type Collection = (typeof COLLECTIONS)[number];

/** Plan fields that are not the plan's own: the record lists and the layout. */
export const RECORD_FIELDS: ReadonlySet<string> = new Set([...COLLECTIONS, 'layout']);

export type FieldMap = Y.Map<unknown>;
/** Any shared type, as Yjs's own signatures (UndoManager scope, transaction.changed) take it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SharedType = Y.AbstractType<any>;

export interface PlanTypes {
  /** format, version, name, organizationName, exchange, activeDirectory, and any field added later. */
  head: FieldMap;
  records: Record<Collection, Y.Map<FieldMap>>;
  order: Record<Collection, Y.Array<string>>;
  layout: Y.Map<FieldMap>;
}

const cache = new WeakMap<Y.Doc, PlanTypes>();

export function planTypes(doc: Y.Doc): PlanTypes {
  let types = cache.get(doc);
  if (!types) {
    const records = {} as PlanTypes['records'];
    const order = {} as PlanTypes['order'];
    for (const c of COLLECTIONS) {
      records[c] = doc.getMap<FieldMap>(c);
      order[c] = doc.getArray<string>(`${c}Order`);
    }
    types = { head: doc.getMap('plan'), records, order, layout: doc.getMap<FieldMap>('layout') };
    cache.set(doc, types);
  }
  return types;
}

/** Every shared type an edit of the plan touches: what undo tracks. */
export function planTypeList(doc: Y.Doc): SharedType[] {
  const t = planTypes(doc);
  return [t.head, ...COLLECTIONS.map((c) => t.records[c]), ...COLLECTIONS.map((c) => t.order[c]), t.layout] as unknown as SharedType[];
}

/** Origin of writes that are not the user's edits (a plan loaded into a new document): never undone. */
export const LOAD_ORIGIN = 'load';

/** Ticked deployment checklist steps, by step id: kept with the plan, outside undo. */
export const progressMap = (doc: Y.Doc) => doc.getMap<true>('progress');

/** A document that holds no plan yet (never written, or an empty store). */
export const isEmptyPlanDoc = (doc: Y.Doc) => planTypes(doc).head.size === 0;
