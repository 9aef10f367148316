// Validation for a plan edited one step at a time (the canvas): the result of validate(), found
// again only where an edit can change it. Plans are immutable and an edit replaces only what it
// touched (the items, lists and layout it changed keep no other object), so identity says what
// changed. A rule that looks at each item alone re-checks only replaced items; every other rule
// keeps its findings while the parts of the plan it reads are the same objects; a move (layout
// only) re-checks nothing. The CLI and the exports keep the plain validate().
import { withDefaults } from '../model/defaults.ts';
import type { Plan, PlanInput, Server } from '../model/schema.ts';
import { RULE_DEFINITIONS } from './catalog.ts';
import { appendedServer } from './collections.ts';
import type { RuleDefinition } from './define.ts';
import { afterServerEdit, itemByItem, type ItemState, type ServerEdit } from './perItem.ts';
import { indexPlan, type PlanIndex } from './planIndex.ts';
import type { Finding } from './types.ts';
import { compareFindings, ruleFindings } from './validate.ts';

/**
 * What a rule may read: every part of the plan but the layout and the plan's own name (no rule
 * reads them: the property test in incremental.test.ts would catch one that did).
 */
const READ: readonly (keyof Plan)[] = ['format', 'version', 'organizationName', 'exchange', 'activeDirectory', 'sites', 'servers', 'clusters', 'infrastructure', 'links'];

/** The rules in the order of their findings: severity, then rule id (a rule's findings share both). */
const ORDERED: readonly RuleDefinition[] = [...RULE_DEFINITIONS].sort((a, b) =>
  compareFindings({ rule: a.meta.id, severity: a.meta.severity, subjects: [], message: '' }, { rule: b.meta.id, severity: b.meta.severity, subjects: [], message: '' }),
);

interface RuleState extends ItemState {
  /** The plan parts the findings were found from (by identity). */
  inputs: readonly unknown[] | undefined;
  findings: Finding[];
}

const sameInputs = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && a.every((x, i) => x === b[i]);

/** Makes a plan's index from an earlier one's when the edit allows (indexUpdate.ts, loaded later). */
let update: ((previous: PlanIndex, plan: Plan) => PlanIndex | undefined) | undefined;
export const enableIndexUpdates = (updater: typeof update) => void (update = updater);

/** A validator with a memory of the last plan it saw: one per edited plan (the canvas's store). */
export function createValidator(): (plan: Plan | PlanInput) => Finding[] {
  const states: RuleState[] = ORDERED.map(() => ({ inputs: undefined, findings: [], items: new WeakMap(), context: undefined }));
  let last: { plan: Plan; findings: Finding[] } | undefined;
  /** The last index built, which the next edit's may be updated from. */
  let built: PlanIndex | undefined;
  const indexOf = (plan: Plan) => (built = (built && update?.(built, plan)) || indexPlan(plan));

  return (input) => {
    const plan = withDefaults(input);
    if (last?.plan === plan) return last.findings;
    const inputs = READ.map((part) => plan[part]);
    let index: PlanIndex | undefined;
    const out: Finding[] = [];
    const kind = last && serverEdit(last.plan, plan);
    const edit = kind === 'none' ? undefined : kind;
    const changed = kind === 'none' ? new Set<string>() : edit?.old && changedFields(edit.old, edit.server);
    ORDERED.forEach((rule, r) => {
      const state = states[r]!;
      const unread = changed && rule.serverFields && !rule.serverFields.some((field) => changed.has(field));
      if (unread || sameInputs(state.inputs, inputs)) {
        if (last && rule.onAppend) rule.onAppend.kept(last.plan, plan);
      } else {
        const update =
          edit && rule.perItem ? afterServerEdit(rule, plan, state, state.findings, edit)
          : last && edit && !edit.old ? rule.onAppend?.appended(last.plan, plan, edit.server, state.findings)
          : undefined;
        const found = update ?? (rule.perItem ? itemByItem(rule, plan, state) : ruleFindings(rule.check((index ??= indexOf(plan)))));
        state.findings = keepSame(state.findings, found);
      }
      state.inputs = inputs;
      for (const f of state.findings) out.push(f);
    });
    // The same findings as before come back as the same array, so what shows them need not redraw.
    const same = last && last.findings.length === out.length && out.every((f, i) => f === last!.findings[i]);
    last = { plan, findings: same ? last!.findings : out };
    return last.findings;
  };
}

/**
 * The one server an edit replaced (in its place, same id) or added at the end, when that is all it
 * changed of what rules read ('none': a new list of the same servers); otherwise undefined.
 */
function serverEdit(before: Plan, after: Plan): ServerEdit | 'none' | undefined {
  if (READ.some((part) => part !== 'servers' && before[part] !== after[part])) return undefined;
  const [a, b] = [before.servers, after.servers];
  if (a === b) return undefined;
  if (a.length !== b.length) {
    const server = appendedServer(a, b);
    return server && { server };
  }
  let at = -1;
  for (let i = 0; i < b.length; i++)
    if (a[i] !== b[i]) {
      if (at >= 0) return undefined;
      at = i;
    }
  if (at < 0) return 'none';
  if (a[at]!.id !== b[at]!.id) return undefined;
  return { old: a[at]!, server: b[at]! };
}

/** The fields that differ between a server and the one that replaced it. Every rule's findings are then those of `before`. */
function changedFields(old: Server, next: Server): Set<string> {
  const fields = new Set<string>();
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)]))
    if ((old as Record<string, unknown>)[key] !== (next as Record<string, unknown>)[key]) fields.add(key);
  return fields;
}

/** What makes two findings of one rule the same (rule and severity are the rule's). */
const keyOf = (f: Finding) => `${f.message}\u0000${f.more ?? ''}\u0000${f.subjects.join('\u0000')}`;

/**
 * A rule's findings found again, each one that equals a finding it had before as that very object
 * (and the old list when all are): the findings panel and the badges redraw only what changed.
 */
function keepSame(before: Finding[], found: Finding[]): Finding[] {
  if (before.length === 0 || found.length === 0) return found;
  const old = new Map<string, Finding>();
  for (const f of before) old.set(keyOf(f), f);
  let unchanged = before.length === found.length;
  const out = found.map((f, i) => {
    const kept = old.get(keyOf(f));
    const same = kept !== undefined && Object.keys(kept).length === Object.keys(f).length ? kept : f;
    unchanged &&= same === before[i];
    return same;
  });
  return unchanged ? before : out;
}
