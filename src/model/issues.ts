// zod's issues in the plan's own words: each message names the path, the value found there and
// what is allowed (`servers[1].roles[0]: "Mailboxx" is not a role; use one of Mailbox, ...`).
import type * as z from './zod.ts';
import { isolate } from './bidi.ts';

export interface PlanIssue {
  /** Where the problem is, as `servers[2].site`; empty for the document itself. */
  path: string;
  message: string;
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

/** What an enum field holds, by the field's name (`roles[0]` is "a role"). */
const NOUNS: Readonly<Record<string, string>> = {
  roles: 'a role',
  servicePack: 'a service pack',
  product: 'a product',
  os: 'an operating system',
  schemaMasterOs: 'an operating system',
  arch: 'a processor architecture',
  windowsEdition: 'a Windows edition',
  exchangeEdition: 'an Exchange edition',
  type: 'a cluster type',
  domainFunctionalLevel: 'a domain functional level',
  forestFunctionalLevel: 'a forest functional level',
  legacyMode: 'a legacy organization mode',
};

function nounFor(path: readonly PropertyKey[]): string {
  const field = [...path].reverse().find((p): p is string => typeof p === 'string') ?? '';
  if (field === 'kind')
    return path[0] === 'links' ? 'a link kind' : path[0] === 'sites' ? 'a site kind' : 'a kind';
  return Object.hasOwn(NOUNS, field) ? NOUNS[field]! : 'an allowed value';
}

const PREVIEW = 40;

/** The value as a message quotes it: `"Mailboxx"`, `12`, `true`, `null`, `a list`, `an object`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const quoted = JSON.stringify(value.length > PREVIEW ? `${value.slice(0, PREVIEW)}…` : value);
    return `the text ${isolate(quoted)}`;
  }
  if (typeof value === 'number')
    return Number.isFinite(value) ? `the number ${value}` : 'a number too large to hold';
  if (typeof value === 'object') return 'an object';
  return String(value);
}

/** A value quoted bare, for "X is not a role": strings in quotes, finite numbers as they are. */
function quoted(value: unknown): string {
  if (typeof value === 'string') return describeValue(value).slice('the text '.length);
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return describeValue(value);
}

function article(expected: string): string {
  if (expected === 'array') return 'a list';
  if (expected === 'object' || expected === 'record') return 'an object';
  if (expected === 'string') return 'text';
  if (expected === 'boolean') return 'true or false';
  if (expected === 'int') return 'a whole number';
  return `a ${expected}`;
}

export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const part of path) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

const INFRA_KINDS_TEXT = '"domain-controller", "internet", "firewall", "clients", "ip-gateway", "pbx"';

function issueMessages(issue: z.core.$ZodIssue, input: unknown): PlanIssue[] {
  const path = formatPath(issue.path);
  const actual = () => valueAt(input, issue.path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...issue.path, key]), message: 'unknown field' }));
    case 'invalid_value': {
      const allowed = issue.values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join(', ');
      return [{ path, message: `${quoted(actual())} is not ${nounFor(issue.path)}; use one of ${allowed}` }];
    }
    case 'invalid_union': {
      const kindPath = issue.path[issue.path.length - 1] === 'kind' ? issue.path : [...issue.path, 'kind'];
      const kind = valueAt(input, kindPath);
      const message =
        kind === undefined
          ? 'missing "kind"'
          : `unknown kind ${quoted(kind)}; must be one of ${INFRA_KINDS_TEXT}`;
      return [{ path: formatPath(kindPath), message }];
    }
    case 'invalid_type': {
      const value = actual();
      if (value === undefined) return [{ path, message: 'is required' }];
      if (typeof value === 'number' && !Number.isFinite(value))
        return [{ path, message: 'is a number too large to hold (beyond 1.8e308); give an ordinary number' }];
      return [{ path, message: `must be ${article(issue.expected)}, not ${describeValue(value)}` }];
    }
    case 'too_small':
    case 'too_big':
    case 'invalid_format':
    case 'custom': {
      const value = actual();
      const shown = typeof value === 'string' || typeof value === 'number' ? `, not ${quoted(value)}` : '';
      // Length messages about text say "characters"; repeating a long value adds nothing.
      const tail = typeof value === 'string' && issue.code !== 'invalid_format' ? '' : shown;
      return [{ path, message: `${issue.message}${tail}` }];
    }
    default:
      return [{ path, message: issue.message }];
  }
}

export function zodIssues(error: z.core.$ZodError, input: unknown): PlanIssue[] {
  return error.issues.flatMap((issue) => issueMessages(issue, input));
}
