// Incremental validation of the rules checked item by item (define.ts `rule.each`): each item's
// findings are kept by the item object, so only items an edit replaced are checked again; after an
// edit of one server (a role, a platform field, a palette add), a rule whose items are every server
// takes its last findings, drops the old server's and adds the new one's, without a walk over every
// item. Either way the findings are those validate() gives (property tests in incremental.test.ts).
import type { Context, RuleDefinition } from './define.ts';
import type { Plan, Server } from '../model/schema.ts';
import type { Finding } from './types.ts';
import { MAX_FINDINGS_PER_RULE, ruleFindings } from './validate.ts';

export interface ItemState {
  /** Each item's findings, by item. */
  items: WeakMap<object, Finding[]>;
  /** What of the plan beside the items they were checked with. */
  context: Context;
}

/** An edit of one server: `old` replaced by `server` in its place, or `server` added at the end (no `old`). */
export interface ServerEdit {
  old?: Server;
  server: Server;
}

/** The state's item findings, made anew when the rule's context changed. */
function itemsFor(rule: RuleDefinition, plan: Plan, state: ItemState): WeakMap<object, Finding[]> {
  const context = rule.perItem!.context?.(plan);
  if (context !== state.context) {
    state.items = new WeakMap();
    state.context = context;
  }
  return state.items;
}

/** A per-item rule's findings, re-checking only items it has not seen (sorted and capped as validate does). */
export function itemByItem(rule: RuleDefinition, plan: Plan, state: ItemState): Finding[] {
  const { items, check } = rule.perItem!;
  const seen = itemsFor(rule, plan, state);
  const found: Finding[] = [];
  for (const item of items(plan)) {
    let own = seen.get(item);
    if (!own) seen.set(item, (own = check(item, state.context)));
    for (const f of own) found.push(f);
  }
  return ruleFindings(found);
}

/**
 * The findings after `edit` from the last ones (`previous`, of the plan before it): without the old
 * server's, with the new one's. Undefined when that cannot be told so: a rule whose items are not
 * every server, a capped list, a context that changed, old findings not found as they were kept
 * (an equal finding kept from earlier), or another finding about the new server's id.
 */
export function afterServerEdit(rule: RuleDefinition, plan: Plan, state: ItemState, previous: Finding[], edit: ServerEdit): Finding[] | undefined {
  const { everyServer, check, context } = rule.perItem!;
  if (!everyServer || previous.length > MAX_FINDINGS_PER_RULE || context?.(plan) !== state.context) return undefined;
  const gone = edit.old ? state.items.get(edit.old) : [];
  if (!gone) return undefined;
  // The new server's findings that equal an old one are that object (as the validator keeps them), so the next edit finds them.
  const own = (state.items.get(edit.server) ?? check(edit.server, state.context)).map((f) => gone.find((g) => sameFinding(f, g)) ?? f);
  state.items.set(edit.server, own);
  if (gone.length === 0 && own.length === 0 && !previous.some((f) => f.subjects.includes(edit.server.id))) return previous;
  const kept = previous.filter((f) => !gone.includes(f));
  if (kept.length !== previous.length - gone.length || kept.some((f) => f.subjects.includes(edit.server.id))) return undefined;
  return ruleFindings([...kept, ...own]);
}

const sameFinding = (a: Finding, b: Finding) =>
  a.message === b.message && a.more === b.more && Object.keys(a).length === Object.keys(b).length && a.subjects.length === b.subjects.length && a.subjects.every((x, i) => x === b.subjects[i]);
