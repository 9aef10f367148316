// Ids unique across the plan, every reference naming an item of the right kind, and no id that a
// JavaScript object already answers to (`toString`, `__proto__`): code that looks ids up in a
// plain object would read the inherited member instead of a missing entry.
import { isolate } from './bidi.ts';
import type { PlanIssue } from './issues.ts';
import type { Plan } from './schema.ts';

/** Names every plain object inherits (`constructor`, `toString`, ...), and `__proto__`. */
export const RESERVED_IDS: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  '__proto__',
]);

/** An id as a message quotes it: in JSON quotes, isolated from the sentence around it. */
const quote = (id: string) => isolate(JSON.stringify(id));

export const reservedIdMessage = (id: string) =>
  `${quote(id)} cannot be an id: the designer keeps it for itself; choose another, such as ${quote(`${id}-1`)}`;

/** Layout keys as they were written, before zod (which silently drops a `__proto__` key from its output). */
export function reservedLayoutKeys(doc: Record<string, unknown>): PlanIssue[] {
  const layout = doc.layout;
  if (layout === null || typeof layout !== 'object' || Array.isArray(layout)) return [];
  return Object.keys(layout)
    .filter((key) => RESERVED_IDS.has(key))
    .map((key) => ({ path: `layout.${key}`, message: reservedIdMessage(key) }));
}

/** The plan's lists of records, in the order ids are claimed (the first claim of an id wins). */
export const RECORD_LISTS = ['sites', 'servers', 'clusters', 'infrastructure', 'links'] as const;
export type RecordList = (typeof RECORD_LISTS)[number];
const NOUN: Record<RecordList, string> = { sites: 'site', servers: 'server', clusters: 'cluster', infrastructure: 'infrastructure item', links: 'link' };

/**
 * Only some records checked, against ids known for the whole plan: the records an edit added or
 * changed, in a plan whose other records passed the whole check before (the document's gate).
 */
export interface IssueScope {
  /** The list each id of the whole plan belongs to (its first claim). */
  kinds: ReadonlyMap<string, RecordList>;
  /** Indices of the records to check, per list. */
  records: Partial<Record<RecordList, readonly number[]>>;
  /** Layout keys to check. */
  layout: Iterable<string>;
  /** Each list holds an id once (a document's: one record per id), so no record repeats an earlier one's id in its list. */
  unique?: boolean;
}

/** What is wrong with the plan's ids and references (with `scope`: only in the records it names). */
export function referenceIssues(plan: Plan, scope?: IssueScope): PlanIssue[] {
  const out: PlanIssue[] = [];
  const kindOf = new Map<string, string>();
  const claim = (itemId: string, kind: string, path: string) => {
    if (RESERVED_IDS.has(itemId)) return void out.push({ path, message: reservedIdMessage(itemId) });
    const before = kindOf.get(itemId);
    if (before !== undefined)
      out.push({ path, message: `id ${quote(itemId)} is already used by a ${before}` });
    else kindOf.set(itemId, kind);
  };
  const nounOf = scope ? (id: string) => { const list = scope.kinds.get(id); return list && NOUN[list]; } : (id: string) => kindOf.get(id);
  /** Each record of `list` checked: all of them, or those in scope. */
  const each = <K extends RecordList>(list: K, check: (item: Plan[K][number], i: number) => void) => {
    const items = plan[list] as Plan[K][number][];
    if (!scope) return items.forEach(check);
    for (const i of scope.records[list] ?? []) if (items[i]) check(items[i]!, i);
  };
  if (scope)
    for (const list of RECORD_LISTS) {
      // An id claimed first by an earlier record of the same list: found by one pass over the list
      // for the ids in scope only (a document keys its records by id, but a plan handed in may not).
      const checked = new Set<string>();
      if (!scope.unique) each(list, (item) => void checked.add(item.id));
      const first = new Map<string, number>();
      if (checked.size > 0) plan[list].forEach((r, i) => checked.has(r.id) && !first.has(r.id) && first.set(r.id, i));
      each(list, (item, i) => {
        const path = `${list}[${i}].id`;
        if (RESERVED_IDS.has(item.id)) out.push({ path, message: reservedIdMessage(item.id) });
        else if (scope.kinds.get(item.id) !== list || (!scope.unique && first.get(item.id) !== i))
          out.push({ path, message: `id ${quote(item.id)} is already used by a ${nounOf(item.id) ?? 'record'}` });
      });
    }
  else for (const list of RECORD_LISTS) plan[list].forEach((item, i) => claim(item.id, NOUN[list], `${list}[${i}].id`));

  const expect = (ref: string, kind: string, path: string) => {
    const actual = nounOf(ref);
    if (actual === undefined) out.push({ path, message: `no ${kind} with id ${quote(ref)}` });
    else if (actual !== kind)
      out.push({ path, message: `${quote(ref)} is a ${actual}, not a ${kind}` });
  };

  each('servers', (s, i) => {
    if (s.site !== undefined) expect(s.site, 'site', `servers[${i}].site`);
    if (s.cluster !== undefined) expect(s.cluster, 'cluster', `servers[${i}].cluster`);
    if (s.globalCatalog && !s.domainController)
      out.push({
        path: `servers[${i}].globalCatalog`,
        message: 'a global catalog must also be a domain controller (set domainController)',
      });
    if (s.legacyServicePack !== undefined && s.product === 'exchange2007')
      out.push({
        path: `servers[${i}].legacyServicePack`,
        message: 'only for existing Exchange 2000, 2003 or 5.5 servers',
      });
  });
  each('clusters', (c, i) => {
    if (c.witness !== undefined) expect(c.witness, 'server', `clusters[${i}].witness`);
  });
  each('infrastructure', (item, i) => {
    if (item.site !== undefined) expect(item.site, 'site', `infrastructure[${i}].site`);
  });
  each('links', (l, i) => {
    for (const end of ['from', 'to'] as const) {
      const ref = l[end];
      const actual = nounOf(ref);
      if (actual === undefined)
        out.push({ path: `links[${i}].${end}`, message: `no item with id ${quote(ref)}` });
      else if (actual === 'link')
        out.push({
          path: `links[${i}].${end}`,
          message: `${quote(ref)} is a link; a link joins items`,
        });
    }
  });
  const keys = scope ? [...scope.layout].filter((key) => plan.layout !== undefined && Object.hasOwn(plan.layout, key)) : Object.keys(plan.layout ?? {});
  for (const key of keys) {
    const actual = nounOf(key);
    if (RESERVED_IDS.has(key)) out.push({ path: `layout.${key}`, message: reservedIdMessage(key) });
    else if (actual === undefined || actual === 'link')
      out.push({
        path: `layout.${key}`,
        message: `no site, server, cluster or infrastructure item with id ${quote(key)}`,
      });
  }
  return out;
}
