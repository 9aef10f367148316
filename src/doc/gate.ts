// The last step of deriving a plan from a document: parsePlan's own cross-reference check over the
// whole plan. Repair (repair.ts) already met every check it knows; a check added to the model
// later is met here the same way, so a derived plan always passes the gate.
import { referenceIssues, type Plan, type Position } from '../model/index.ts';
import type { IssueScope } from '../model/references.ts';
import type { Item } from './repair.ts';
import { COLLECTIONS } from './shape.ts';

/**
 * The gate: what repair left must pass parsePlan's reference check. A check added to it later that
 * the repair above does not know yet is met the same way: the field it names is dropped, or the
 * record when the field is one it cannot lose. With `scope` (an edit of a plan that passed, the
 * records it added or changed), only those are checked first; any issue there and the whole plan is.
 */
export function gate(plan: Plan, scope?: IssueScope): Plan {
  if (scope && referenceIssues(plan, scope).length === 0) return plan;
  for (let attempt = 0; attempt < 8; attempt++) {
    const issues = referenceIssues(plan);
    if (issues.length === 0) return plan;
    plan = dropNamed(plan, issues.map((i) => i.path));
  }
  throw new Error(`derived plan fails the gate: ${referenceIssues(plan).map((i) => `${i.path}: ${i.message}`).join('; ')}`);
}

const REQUIRED_FIELDS = new Set(['id', 'name', 'kind', 'type', 'from', 'to']);

function dropNamed(plan: Plan, paths: readonly string[]): Plan {
  const next = { ...plan } as unknown as Record<string, unknown>;
  for (const path of paths) {
    const m = /^(\w+)\[(\d+)\](?:\.(\w+))?$/.exec(path);
    const layoutKey = /^layout\.(.+)$/.exec(path)?.[1];
    if (layoutKey !== undefined && plan.layout) {
      const layout = { ...(next.layout as Record<string, Position>) };
      delete layout[layoutKey];
      next.layout = layout;
    } else if (m && Array.isArray(next[m[1]!])) {
      const list = [...(next[m[1]!] as (Item | null)[])];
      const at = Number(m[2]);
      const field = m[3];
      if (field && !REQUIRED_FIELDS.has(field) && list[at]) {
        const copy = { ...list[at]! };
        delete copy[field];
        list[at] = copy;
      } else list[at] = null;
      next[m[1]!] = list;
    }
  }
  for (const c of COLLECTIONS) next[c] = (next[c] as (Item | null)[]).filter(Boolean);
  return next as unknown as Plan;
}
