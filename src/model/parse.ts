// The one gate every plan comes through (autosave, file, link, paste, CLI): never throws, and
// either returns a plan that satisfies plan-format.md or every problem with the path it sits at.
import type { z } from 'zod';
import { PLAN_FORMAT, PLAN_VERSION, planSchema, type Plan } from './schema.ts';

export interface PlanIssue {
  /** Where the problem is, as `servers[2].site`; empty for the document itself. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; plan: Plan } | { ok: false; errors: PlanIssue[] };

const MAX_ISSUES = 50;

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** `servers[2].site: no site with id "hq2"`, or the message alone for the document itself. */
export function formatIssue(issue: PlanIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'text' : typeof value;
}

function zodIssues(error: z.ZodError, input: unknown): PlanIssue[] {
  const out: PlanIssue[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: formatPath([...issue.path, key]), message: 'unknown field' });
        break;
      case 'invalid_value':
        out.push({
          path,
          message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`,
        });
        break;
      case 'invalid_union': {
        const kindPath = issue.path[issue.path.length - 1] === 'kind' ? issue.path : [...issue.path, 'kind'];
        const kind = valueAt(input, kindPath);
        out.push({
          path: formatPath(kindPath),
          message:
            kind === undefined
              ? 'missing "kind"'
              : `unknown kind ${JSON.stringify(kind)}; must be one of "domain-controller", "internet", "firewall", "clients", "ip-gateway", "pbx"`,
        });
        break;
      }
      case 'invalid_type': {
        const actual = valueAt(input, issue.path);
        out.push({
          path,
          message:
            actual === undefined ? 'is required' : `must be ${article(issue.expected)}, not ${describe(actual)}`,
        });
        break;
      }
      default:
        out.push({ path, message: issue.message });
    }
  }
  return out;
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object') return 'an object';
  if (expected === 'string') return 'text';
  if (expected === 'int') return 'a whole number';
  return `a ${expected}`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** Ids unique across the plan, and every reference naming an item of the right kind. */
export function referenceIssues(plan: Plan): PlanIssue[] {
  const out: PlanIssue[] = [];
  const kindOf = new Map<string, string>();
  const claim = (itemId: string, kind: string, path: string) => {
    const before = kindOf.get(itemId);
    if (before !== undefined) out.push({ path, message: `id ${JSON.stringify(itemId)} is already used by a ${before}` });
    else kindOf.set(itemId, kind);
  };
  plan.sites.forEach((s, i) => claim(s.id, 'site', `sites[${i}].id`));
  plan.servers.forEach((s, i) => claim(s.id, 'server', `servers[${i}].id`));
  plan.clusters.forEach((c, i) => claim(c.id, 'cluster', `clusters[${i}].id`));
  plan.infrastructure.forEach((item, i) => claim(item.id, 'infrastructure item', `infrastructure[${i}].id`));
  plan.links.forEach((l, i) => claim(l.id, 'link', `links[${i}].id`));

  const expect = (ref: string, kind: string, path: string) => {
    const actual = kindOf.get(ref);
    if (actual === undefined) out.push({ path, message: `no ${kind} with id ${JSON.stringify(ref)}` });
    else if (actual !== kind) out.push({ path, message: `${JSON.stringify(ref)} is a ${actual}, not a ${kind}` });
  };

  plan.servers.forEach((s, i) => {
    if (s.site !== undefined) expect(s.site, 'site', `servers[${i}].site`);
    if (s.cluster !== undefined) expect(s.cluster, 'cluster', `servers[${i}].cluster`);
    if (s.globalCatalog && !s.domainController)
      out.push({ path: `servers[${i}].globalCatalog`, message: 'a global catalog must also be a domain controller (set domainController)' });
    if (s.legacyServicePack !== undefined && s.product === 'exchange2007')
      out.push({ path: `servers[${i}].legacyServicePack`, message: 'only for existing Exchange 2000, 2003 or 5.5 servers' });
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
      if (actual === undefined) out.push({ path: `links[${i}].${end}`, message: `no item with id ${JSON.stringify(ref)}` });
      else if (actual === 'link') out.push({ path: `links[${i}].${end}`, message: `${JSON.stringify(ref)} is a link; a link joins items` });
    }
  });
  for (const key of Object.keys(plan.layout ?? {})) {
    const actual = kindOf.get(key);
    if (actual === undefined || actual === 'link')
      out.push({ path: `layout.${key}`, message: `no site, server, cluster or infrastructure item with id ${JSON.stringify(key)}` });
  }
  return out;
}

/**
 * Migrations from older versions, in order: MIGRATIONS[n] turns a version-n document into n+1.
 * Version 1 is the first, so the list is empty; a version 2 adds its step here.
 */
const MIGRATIONS: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(doc: Record<string, unknown>): Record<string, unknown> | PlanIssue {
  let current = doc;
  let version = current.version;
  while (typeof version === 'number' && version < PLAN_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) return { path: 'version', message: `version ${version} is not a version this tool knows` };
    current = step(current);
    version = current.version;
  }
  return current;
}

/** Parses plan JSON text or an already-parsed value. Never throws. */
export function parsePlan(input: unknown): ParseResult {
  try {
    let value = input;
    if (typeof input === 'string') {
      try {
        value = JSON.parse(input);
      } catch (e) {
        return { ok: false, errors: [{ path: '', message: `not valid JSON (${(e as Error).message})` }] };
      }
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      return { ok: false, errors: [{ path: '', message: `a plan must be a JSON object, not ${describe(value)}` }] };
    const doc = value as Record<string, unknown>;
    if (doc.format !== PLAN_FORMAT)
      return {
        ok: false,
        errors: [{ path: 'format', message: `must be "${PLAN_FORMAT}"; this is not an Exchange topology plan` }],
      };
    if (typeof doc.version === 'number' && doc.version > PLAN_VERSION)
      return {
        ok: false,
        errors: [
          {
            path: 'version',
            message: `this plan is format version ${doc.version}, newer than this tool reads (${PLAN_VERSION}); update the tool to open it`,
          },
        ],
      };
    const migrated = migrate(doc);
    if ('path' in migrated && 'message' in migrated && !('format' in migrated)) return { ok: false, errors: [migrated as PlanIssue] };
    const result = planSchema.safeParse(migrated);
    if (!result.success) return { ok: false, errors: zodIssues(result.error, migrated).slice(0, MAX_ISSUES) };
    const refs = referenceIssues(result.data);
    if (refs.length > 0) return { ok: false, errors: refs.slice(0, MAX_ISSUES) };
    return { ok: true, plan: result.data };
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `could not read the plan (${(e as Error)?.message ?? String(e)})` }] };
  }
}

/** For code paths that hold a plan they built themselves: throws with every issue listed. */
export function assertPlan(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new Error(`invalid plan:\n${result.errors.map(formatIssue).join('\n')}`);
  return result.plan;
}
