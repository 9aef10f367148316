// How a family module declares a rule: its catalog entry and its check side by side, so adding a
// rule is one call in one file (plus its tests). The catalog collects them in rules.md order.
import type { Plan, Server } from '../model/schema.ts';
import type { PlanIndex } from './planIndex.ts';
import { sourceNames } from './sources.ts';
import type { Finding, RuleMeta, Severity } from './types.ts';

/** Builds one finding of the rule being checked (its id and severity filled in). */
export type Found = (subjects: string[], message: string) => Finding;

/** A rule's test: pure, over the plan index built once per validation. */
export type Check = (index: PlanIndex) => Finding[];

export interface RuleDefinition {
  meta: RuleMeta;
  check: Check;
  /**
   * Set on a rule whose findings about each item depend on that item alone: incremental
   * validation checks only the items an edit replaced (see incremental.ts).
   */
  perItem?: PerItem;
  /**
   * Set on a rule that reads nothing of a server but these fields (and the servers' order): an
   * edit that changed only other fields of one server keeps its findings (see incremental.ts).
   */
  serverFields?: readonly (keyof Server)[];
  /** Set on a rule that finds its findings after a palette add from those before (see incremental.ts). */
  onAppend?: AppendUpdate;
}

/**
 * A rule's findings after an edit that only added `server` at the end of the servers: from its
 * findings on `before` (`found`), or undefined when it cannot tell (then it is checked afresh).
 * `kept` hears of each edit that kept the rule's findings for `plan` as they were for `before`.
 */
export interface AppendUpdate {
  appended(before: Plan, plan: Plan, server: Server, found: Finding[]): Finding[] | undefined;
  kept(before: Plan, plan: Plan): void;
}

export interface PerItem {
  /** The items the rule looks at, in the order its findings come. */
  items: (plan: Plan) => Iterable<object>;
  /** An item's findings, given what of the plan beside it the rule reads (`context`). */
  check: (item: object, context: Context) => Finding[];
  /** What of the plan beside the item the rule reads (a primitive: the Exchange build); items are checked again when it changes. */
  context?: (plan: Plan) => Context;
  /** Every server is one of the items, and a server's findings name it alone: an edit of one server re-checks it alone. */
  everyServer?: boolean;
}

export type Context = string | number | undefined;

export interface EachOptions {
  context?: (plan: Plan) => Context;
  everyServer?: boolean;
}

export interface RuleSpec {
  id: string;
  severity: Severity;
  title: string;
  why: string;
  /** The spec's source column, abbreviations as rules.md writes them ("DEPLOY", "MODIFY"). */
  sources: readonly string[];
  fix: string;
}

/** Rules of one rules.md family; `rule(spec, check)` gives each its catalog entry. */
export function family(name: string) {
  const define = (spec: RuleSpec) => {
    const { sources, ...rest } = spec;
    const meta: RuleMeta = { ...rest, source: sourceNames(sources), family: name };
    const found: Found = (subjects, message) => ({
      rule: meta.id,
      severity: meta.severity,
      subjects,
      message,
    });
    return { meta, found };
  };
  function rule(spec: RuleSpec, check: (index: PlanIndex, found: Found) => Finding[]): RuleDefinition {
    const { meta, found } = define(spec);
    return { meta, check: (index) => check(index, found) };
  }
  /** A rule checked item by item, each item on its own (nothing else in the plan may matter). */
  rule.each = <T extends object>(
    spec: RuleSpec,
    items: (plan: Plan) => Iterable<T>,
    check: (item: T, found: Found, context: Context) => Finding[],
    options: EachOptions = {},
  ): RuleDefinition => {
    const { meta, found } = define(spec);
    const perItem: PerItem = { items, check: (item, context) => check(item as T, found, context), ...options };
    return {
      meta,
      perItem,
      check: (index) => {
        const out: Finding[] = [];
        const context = options.context?.(index.plan);
        for (const item of items(index.plan)) for (const f of perItem.check(item, context)) out.push(f);
        return out;
      },
    };
  };
  /** A rule checked server by server, each on its own (and `context`): an edit of one server re-checks it alone. */
  rule.eachServer = (spec: RuleSpec, check: (server: Server, found: Found, context: Context) => Finding[], context?: (plan: Plan) => Context) =>
    rule.each(spec, (plan) => plan.servers, check, { everyServer: true, ...(context ? { context } : {}) });
  return rule;
}
