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

export function referenceIssues(plan: Plan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const kindOf = new Map<string, string>();
  const claim = (itemId: string, kind: string, path: string) => {
    if (RESERVED_IDS.has(itemId)) return void out.push({ path, message: reservedIdMessage(itemId) });
    const before = kindOf.get(itemId);
    if (before !== undefined)
      out.push({ path, message: `id ${quote(itemId)} is already used by a ${before}` });
    else kindOf.set(itemId, kind);
  };
  plan.sites.forEach((s, i) => claim(s.id, 'site', `sites[${i}].id`));
  plan.servers.forEach((s, i) => claim(s.id, 'server', `servers[${i}].id`));
  plan.clusters.forEach((c, i) => claim(c.id, 'cluster', `clusters[${i}].id`));
  plan.infrastructure.forEach((item, i) => claim(item.id, 'infrastructure item', `infrastructure[${i}].id`));
  plan.links.forEach((l, i) => claim(l.id, 'link', `links[${i}].id`));

  const expect = (ref: string, kind: string, path: string) => {
    const actual = kindOf.get(ref);
    if (actual === undefined) out.push({ path, message: `no ${kind} with id ${quote(ref)}` });
    else if (actual !== kind)
      out.push({ path, message: `${quote(ref)} is a ${actual}, not a ${kind}` });
  };

  plan.servers.forEach((s, i) => {
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
  plan.clusters.forEach((c, i) => {
    if (c.witness !== undefined) expect(c.witness, 'server', `clusters[${i}].witness`);
  });
  plan.infrastructure.forEach((item, i) => {
    if (item.site !== undefined) expect(item.site, 'site', `infrastructure[${i}].site`);
  });
  plan.links.forEach((l, i) => {
    for (const end of ['from', 'to'] as const) {
      const ref = l[end];
      const actual = kindOf.get(ref);
      if (actual === undefined)
        out.push({ path: `links[${i}].${end}`, message: `no item with id ${quote(ref)}` });
      else if (actual === 'link')
        out.push({
          path: `links[${i}].${end}`,
          message: `${quote(ref)} is a link; a link joins items`,
        });
    }
  });
  for (const key of Object.keys(plan.layout ?? {})) {
    const actual = kindOf.get(key);
    if (RESERVED_IDS.has(key)) out.push({ path: `layout.${key}`, message: reservedIdMessage(key) });
    else if (actual === undefined || actual === 'link')
      out.push({
        path: `layout.${key}`,
        message: `no site, server, cluster or infrastructure item with id ${quote(key)}`,
      });
  }
  return out;
}
