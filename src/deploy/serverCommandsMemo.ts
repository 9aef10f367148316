// Setup commands for the inspector, shown for one server at a time while the plan is edited. The
// deployment facts are worked out once per plan, and their install order (the whole-plan sort) only
// when something it reads changed (installOrder.ts): a rename, a move or a core count costs a pass
// of identity checks. Each server's steps are worked out once per facts, and when they come out
// equal to the ones shown before, those are returned (same array), so the view draws nothing again.
import type { Plan } from '../model/schema.ts';
import type { Finding } from '../rules/types.ts';
import { serverCommandsWith } from './commands.ts';
import { deploymentFacts, type DeploymentFacts } from './facts.ts';
import type { DeployStep } from './types.ts';

/** Every part of the plan the facts and the values read: all but the layout and the plan's own name. */
const READ: readonly (keyof Plan)[] = ['organizationName', 'exchange', 'activeDirectory', 'sites', 'servers', 'clusters', 'infrastructure', 'links'];

/** Structural equality of plain data (steps are JSON: strings, numbers, lists, records). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => k in b && same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * `serverCommands` with a memory: one per view that shows them. `findings` must be the plan's
 * findings (validate's, or the app's incremental ones: the same list).
 */
export function createServerCommands(): (plan: Plan, serverId: string, findings: readonly Finding[]) => DeployStep[] {
  let facts: DeploymentFacts | undefined;
  let findingsOfFacts: readonly Finding[] | undefined;
  let steps = new Map<string, DeployStep[]>();
  /** The steps last returned for each server: kept while they come out the same. */
  const shown = new Map<string, DeployStep[]>();
  return (plan, serverId, findings) => {
    if (!facts || findingsOfFacts !== findings || READ.some((part) => plan[part] !== facts!.plan[part])) {
      facts = deploymentFacts(plan, { findings }, facts);
      findingsOfFacts = findings;
      steps = new Map();
    }
    let result = steps.get(serverId);
    if (!result) {
      const fresh = serverCommandsWith(facts, serverId);
      const before = shown.get(serverId);
      result = before && same(before, fresh) ? before : fresh;
      steps.set(serverId, result);
      if (shown.size > 64) shown.clear();
      shown.set(serverId, result);
    }
    return result;
  };
}
