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

interface RuleState {
  /** The plan parts the findings were found from (by identity). */
  inputs: readonly unknown[] | undefined;
  findings: Finding[];
  /** For a rule checked item by item: each item's findings. */
  items: WeakMap<object, Finding[]>;
}

const sameInputs = (a: readonly unknown[] | undefined, b: readonly unknown[]) => !!a && a.every((x, i) => x === b[i]);

/** Makes a plan's index from an earlier one's when the edit allows (indexUpdate.ts, loaded later). */
let update: ((previous: PlanIndex, plan: Plan) => PlanIndex | undefined) | undefined;
export const enableIndexUpdates = (updater: typeof update) => void (update = updater);

/** A validator with a memory of the last plan it saw: one per edited plan (the canvas's store). */
export function createValidator(): (plan: Plan | PlanInput) => Finding[] {
  const states: RuleState[] = ORDERED.map(() => ({ inputs: undefined, findings: [], items: new WeakMap() }));
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
    const changed = last && changedServerFields(last.plan, plan);
    const added = last && appendedOnly(last.plan, plan);
    ORDERED.forEach((rule, r) => {
      const state = states[r]!;
      const unread = changed && rule.serverFields && !rule.serverFields.some((field) => changed.has(field));
      if (unread || sameInputs(state.inputs, inputs)) {
        if (last && rule.onAppend) rule.onAppend.kept(last.plan, plan);
      } else {
        const update = last && added && rule.onAppend?.appended(last.plan, plan, added, state.findings);
        const found = update ?? (rule.perItem ? itemByItem(rule, plan, state.items) : ruleFindings(rule.check((index ??= indexOf(plan)))));
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
 * The fields of the one server an edit replaced (in its place, same id), when that is all it changed
 * of what rules read; otherwise undefined. Every rule's findings are then those of `before`.
 */
function changedServerFields(before: Plan, after: Plan): Set<string> | undefined {
  if (READ.some((part) => part !== 'servers' && before[part] !== after[part])) return undefined;
  const [a, b] = [before.servers, after.servers];
  if (a === b || a.length !== b.length) return undefined;
  let at = -1;
  for (let i = 0; i < b.length; i++)
    if (a[i] !== b[i]) {
      if (at >= 0) return undefined;
      at = i;
    }
  if (at < 0) return new Set();
  const [old, next] = [a[at]!, b[at]!];
  if (old.id !== next.id) return undefined;
  const fields = new Set<string>();
  for (const key of new Set([...Object.keys(old), ...Object.keys(next)]))
    if ((old as Record<string, unknown>)[key] !== (next as Record<string, unknown>)[key]) fields.add(key);
  return fields;
}

/** The server `after` only added at the end of `before`'s (nothing else a rule reads changed), or undefined. */
function appendedOnly(before: Plan, after: Plan): Server | undefined {
  if (READ.some((part) => part !== 'servers' && before[part] !== after[part])) return undefined;
  return appendedServer(before.servers, after.servers);
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

/** A per-item rule's findings, re-checking only items it has not seen (sorted and capped as validate does). */
function itemByItem(rule: RuleDefinition, plan: Plan, seen: WeakMap<object, Finding[]>): Finding[] {
  const { items, check } = rule.perItem!;
  const found: Finding[] = [];
  for (const item of items(plan)) {
    let own = seen.get(item);
    if (!own) seen.set(item, (own = check(item)));
    for (const f of own) found.push(f);
  }
  return ruleFindings(found);
}
