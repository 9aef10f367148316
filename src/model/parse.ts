// The one gate every plan comes through (autosave, file, link, paste, CLI): never throws, and
// either returns a plan that satisfies plan-format.md or every problem with the path it sits at.
import { zodIssues, type PlanIssue } from './issues.ts';
import { MAX_PLAN_BYTES, sizeIssue, tooManyBytes, utf8Length } from './limits.ts';
import { referenceIssues, reservedLayoutKeys } from './references.ts';
import { PLAN_FORMAT, PLAN_VERSION, planSchema, type Plan } from './schema.ts';

export { formatPath, type PlanIssue } from './issues.ts';
export { referenceIssues } from './references.ts';

export type ParseResult = { ok: true; plan: Plan } | { ok: false; errors: PlanIssue[] };

const MAX_ISSUES = 50;

/** `servers[2].site: no site with id "hq2"`, or the message alone for the document itself. */
export function formatIssue(issue: PlanIssue): string {
  return issue.path ? `${issue.path}: ${issue.message}` : issue.message;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : typeof value === 'string' ? 'text' : typeof value;
}

const refuse = (message: string, path = ''): ParseResult => ({ ok: false, errors: [{ path, message }] });

/** Plan JSON text to a value: a leading byte order mark is accepted (editors on Windows add one). */
function parseText(input: string): { value: unknown } | ParseResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  // Characters are at least one byte each, so only a long text needs counting.
  const bytes = text.length > MAX_PLAN_BYTES / 3 ? utf8Length(text) : 0;
  if (bytes > MAX_PLAN_BYTES) return refuse(tooManyBytes(bytes));
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    return refuse(`not valid JSON (${(e as Error).message})`);
  }
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
      const parsed = parseText(input);
      if (!('value' in parsed)) return parsed;
      value = parsed.value;
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
    const tooLarge = sizeIssue(migrated);
    if (tooLarge) return { ok: false, errors: [tooLarge] };
    const reserved = reservedLayoutKeys(migrated);
    const result = planSchema.safeParse(migrated);
    if (!result.success) return { ok: false, errors: zodIssues(result.error, migrated).slice(0, MAX_ISSUES) };
    const refs = referenceIssues(result.data);
    for (const issue of reserved) if (!refs.some((r) => r.path === issue.path)) refs.push(issue);
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
