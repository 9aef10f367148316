// Setup commands for the inspector, shown for one server at a time while the plan is edited: the
// deployment facts (install order, first server, active nodes...) are worked out once per content
// of the plan parts they read, and each server's steps once per facts. A move (layout only), a
// rename of the plan, or selecting another server costs a look-up, not a pass over the plan.
import type { Plan } from '../model/schema.ts';
import type { Finding } from '../rules/types.ts';
import { serverCommandsWith } from './commands.ts';
import { deploymentFacts, type DeploymentFacts } from './facts.ts';
import type { DeployStep } from './types.ts';

/** Every part of the plan the facts and the values read: all but the layout and the plan's own name. */
const READ: readonly (keyof Plan)[] = ['organizationName', 'exchange', 'activeDirectory', 'sites', 'servers', 'clusters', 'infrastructure', 'links'];

/**
 * `serverCommands` with a memory: one per view that shows them. `findings` must be the plan's
 * findings (validate's, or the app's incremental ones: the same list).
 */
export function createServerCommands(): (plan: Plan, serverId: string, findings: readonly Finding[]) => DeployStep[] {
  let last: { inputs: unknown[]; findings: readonly Finding[]; facts: DeploymentFacts; steps: Map<string, DeployStep[]> } | undefined;
  return (plan, serverId, findings) => {
    const inputs = READ.map((part) => plan[part]);
    if (!last || last.findings !== findings || inputs.some((x, i) => x !== last!.inputs[i]))
      last = { inputs, findings, facts: deploymentFacts(plan, { findings }), steps: new Map() };
    let steps = last.steps.get(serverId);
    if (!steps) last.steps.set(serverId, (steps = serverCommandsWith(last.facts, serverId)));
    return steps;
  };
}
