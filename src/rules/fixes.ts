// Quick fixes: for a finding, the mechanical edits that remove it. Each is one undoable step that
// returns a new, valid plan; rules without an obvious single remedy offer none.
import type { Plan } from '../model/schema.ts';
import { CLUSTER_FIXES } from './fixes/clusterFixes.ts';
import { NAME_FIXES } from './fixes/nameFixes.ts';
import { REPLICATION_FIXES } from './fixes/replicationFixes.ts';
import { ROLE_FIXES } from './fixes/roleFixes.ts';
import { SETTING_FIXES } from './fixes/settingFixes.ts';
import { SITE_FIXES } from './fixes/siteFixes.ts';
import { TEXT_VALUE_FIXES } from './fixes/textValueFixes.ts';
import { indexPlan, type PlanIndex } from './planIndex.ts';
import type { Finding, QuickFix } from './types.ts';

/** The remedies for one rule's finding, worked out against the plan's index. */
export type FixMaker = (ix: PlanIndex, finding: Finding) => QuickFix[];

const MAKERS: Readonly<Record<string, FixMaker>> = {
  ...ROLE_FIXES,
  ...CLUSTER_FIXES,
  ...REPLICATION_FIXES,
  ...SITE_FIXES,
  ...SETTING_FIXES,
  ...NAME_FIXES,
  ...TEXT_VALUE_FIXES,
};

/** The ids of the rules that can offer quick fixes. */
export const FIXABLE_RULES: readonly string[] = Object.keys(MAKERS);

// The findings panel asks once per finding of the same plan: index that plan once.
const indexes = new WeakMap<Plan, PlanIndex>();

export function quickFixes(plan: Plan, finding: Finding): QuickFix[] {
  // A summary stands for many findings; their fixes are offered one by one, not for all at once.
  const make = Object.hasOwn(MAKERS, finding.rule) && finding.more === undefined ? MAKERS[finding.rule] : undefined;
  if (!make) return [];
  let ix = indexes.get(plan);
  if (!ix) indexes.set(plan, (ix = indexPlan(plan)));
  return make(ix, finding);
}
