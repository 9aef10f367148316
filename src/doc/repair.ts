// The deterministic repair of what concurrent edits (or a newer version of the app) can leave in a
// document, so that every replica derives the same valid plan from the same state: fields a record
// cannot keep are dropped, references to deleted items are cut, links and layout entries that lost
// their item go. Pure: it reads plain JSON, so a server process repairs exactly as a tab does.
import * as z from '../model/zod.ts';
import {
  clusterSchema,
  infrastructureSchema,
  linkSchema,
  planSchema,
  PLAN_FORMAT,
  PLAN_VERSION,
  positionSchema,
  serverSchema,
  siteSchema,
  type Position,
} from '../model/index.ts';
import { RESERVED_IDS } from '../model/references.ts';
import type { Collection } from './shape.ts';
import { isObject, sameJson, type Json } from './write.ts';

export type Item = { id: string } & Json;

const RECORD_SCHEMAS: Record<Collection, z.ZodMiniType> = {
  sites: siteSchema,
  servers: serverSchema,
  clusters: clusterSchema,
  infrastructure: infrastructureSchema,
  links: linkSchema,
};

/** The plan's own fields: whatever the plan schema has besides the records and the layout. */
const HEAD_SCHEMA = z.omit(planSchema, { sites: true, servers: true, clusters: true, infrastructure: true, links: true, layout: true });
const HEAD_DEFAULTS: Json = { format: PLAN_FORMAT, version: PLAN_VERSION, name: 'Untitled plan', exchange: { servicePack: 'SP1' } };

/** Fields without which a record is not that record: it is left out instead of guessed. */
const REQUIRED = new Set(['id', 'name', 'kind', 'type', 'from', 'to', 'x', 'y']);
const HEAD_REQUIRED = new Set(Object.keys(HEAD_DEFAULTS));
/** Required fields of nested objects, set to their default instead of dropped. */
const NESTED_DEFAULTS: Record<string, unknown> = { 'exchange.servicePack': 'SP1' };

/**
 * Parses `value`, dropping each optional field the schema refuses (unknown, or of a wrong value)
 * until it passes. A refused required field takes its default from `defaults`, or gives null.
 */
function parseDropping<T>(schema: z.ZodMiniType, value: Json, required: ReadonlySet<string>, defaults: Json = {}): T | null {
  for (let attempt = 0; attempt < 16; attempt++) {
    const result = schema.safeParse(value);
    if (result.success) return result.data as T;
    let changed = false;
    for (const issue of result.error.issues) {
      const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
      const paths = issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...path, k]) : [path];
      for (const at of paths) {
        const top = at[0];
        if (typeof top !== 'string') return null;
        if (at.length > 1 || !required.has(top)) changed = dropAt(value, at) || changed;
        else if (defaults[top] !== undefined && !sameJson(value[top], defaults[top])) {
          value[top] = structuredClone(defaults[top]);
          changed = true;
        } else return null;
      }
    }
    if (!changed) return null;
  }
  return null;
}

/** Drops the value at `path`: a field of an object, or one element of a list (a role). */
function dropAt(root: Json, path: readonly (string | number)[]): boolean {
  let target: unknown = root;
  for (const key of path.slice(0, -1)) target = isObject(target) || Array.isArray(target) ? (target as Json)[key] : undefined;
  const last = path[path.length - 1]!;
  if (Array.isArray(target) && typeof last === 'number') {
    if (last >= target.length) return false;
    target.splice(last, 1);
    return true;
  }
  if (!isObject(target) || typeof last !== 'string') return false;
  const fallback = NESTED_DEFAULTS[path.join('.')];
  if (fallback !== undefined) {
    if (target[last] === fallback) return false;
    target[last] = fallback;
    return true;
  }
  if (!(last in target)) return false;
  delete target[last];
  return true;
}

/** The plan's own fields, valid. */
export function repairHead(raw: Json): Json {
  const value = structuredClone(raw);
  for (const [k, v] of Object.entries(HEAD_DEFAULTS)) if (value[k] === undefined) value[k] = structuredClone(v);
  return parseDropping<Json>(HEAD_SCHEMA, value, HEAD_REQUIRED, HEAD_DEFAULTS) ?? (HEAD_SCHEMA.parse(HEAD_DEFAULTS) as Json);
}

/** One record as its schema accepts it, or null when it cannot be one. */
export function repairRecord(c: Collection, id: string, raw: Json): Item | null {
  // An id the gate refuses (a reserved name) is never a record: left out here, it stays out after later edits.
  if (RESERVED_IDS.has(id)) return null;
  const value: Json = { ...raw, id };
  if (Array.isArray(value.roles)) value.roles = [...new Set(value.roles)];
  if (c === 'servers') {
    // Concurrent "make it a global catalog" and "not a domain controller": it is neither.
    if (value.globalCatalog === true && value.domainController !== true) delete value.globalCatalog;
    if (value.legacyServicePack !== undefined && (value.product ?? 'exchange2007') === 'exchange2007') delete value.legacyServicePack;
  }
  return parseDropping<Item>(RECORD_SCHEMAS[c], value, REQUIRED);
}

export function repairPosition(raw: Json): Position | null {
  return parseDropping<Position>(positionSchema, { ...raw }, REQUIRED);
}

/** Which collection each id belongs to; the first claim wins, in the order of the plan. */
export type Kinds = ReadonlyMap<string, Collection>;

const REFERENCES: Partial<Record<Collection, [field: string, kind: Collection][]>> = {
  servers: [
    ['site', 'sites'],
    ['cluster', 'clusters'],
  ],
  clusters: [['witness', 'servers']],
  infrastructure: [['site', 'sites']],
};

/**
 * A record whose references still hold is returned as it is (same object); one that names a
 * deleted item loses that reference (a server whose site went becomes unplaced); a link that lost
 * an end, and a record whose id another kind of item took first, give null.
 */
export function repairReferences(c: Collection, item: Item, kinds: Kinds): Item | null {
  if (kinds.get(item.id) !== c) return null;
  if (c === 'links') {
    const ok = (end: unknown) => typeof end === 'string' && kinds.has(end) && kinds.get(end) !== 'links';
    return ok(item.from) && ok(item.to) ? item : null;
  }
  let out = item;
  for (const [field, kind] of REFERENCES[c] ?? []) {
    const ref = item[field];
    if (ref === undefined || kinds.get(ref as string) === kind) continue;
    if (out === item) out = { ...item };
    delete out[field];
  }
  return out;
}

/** A layout entry belongs to an item that is drawn: a site, server, cluster or infrastructure item. */
export const hasLayoutItem = (kinds: Kinds, id: string) => {
  const kind = kinds.get(id);
  return kind !== undefined && kind !== 'links';
};

/** Whether the record names one of `ids` as its own id or in a reference: its repair may differ when their kinds change. */
export function namesAny(c: Collection, item: Item, ids: ReadonlySet<string>): boolean {
  if (ids.has(item.id)) return true;
  if (c === 'links') return ids.has(item.from as string) || ids.has(item.to as string);
  return (REFERENCES[c] ?? []).some(([field]) => ids.has(item[field] as string));
}
