// The shapes shared by the rule engine and everything that shows findings (UI, CLI, deploy).
import type { Plan } from '../model/schema.ts';

export type Severity = 'error' | 'warning' | 'info';

/** Exactly the Findings section of rules.md, plus `more` on a rule's summary finding. */
export interface Finding {
  rule: string;
  severity: Severity;
  subjects: string[];
  message: string;
  /**
   * Set only on the summary that ends a rule's findings past the cap (see validate.ts): how many
   * findings it stands for. Its subjects are all their items; the JSON output leaves the field out.
   */
  more?: number;
}

export interface RuleMeta {
  id: string;
  severity: Severity;
  /** Short title, e.g. "Edge Transport must be alone on its server". */
  title: string;
  /** Why the rule exists, in a sentence or two. */
  why: string;
  /** Where the fact comes from, e.g. "Deploying Exchange 2007 Server Roles; How to Modify an Exchange Installation". */
  source: string;
  /** How to fix it, in general terms. */
  fix: string;
  /** The family heading of rules.md, e.g. "Roles on one computer". */
  family: string;
}

/** A quick fix: one mechanical, undoable edit that removes a finding. */
export interface QuickFix {
  label: string;
  apply: (plan: Plan) => Plan;
}
