// Whether a new name may be given to an item, and why not: the one check behind every rename, on
// the canvas and in the inspector. Computer names (servers, clusters, domain controllers) follow the
// Windows rules and must be unique ignoring case; other items need any non-empty name.
import { computerNameProblem } from './names.ts';
import type { Plan } from './schema.ts';

/** Why `name` cannot be the name of item `itemId`, or undefined when it can. */
export function renameProblem(plan: Plan, itemId: string, name: string): string | undefined {
  const computer =
    plan.servers.some((s) => s.id === itemId) ||
    plan.clusters.some((c) => c.id === itemId) ||
    plan.infrastructure.some((i) => i.id === itemId && i.kind === 'domain-controller');
  if (!computer) return name.trim() === '' ? 'A name cannot be empty.' : undefined;
  const problem = computerNameProblem(name);
  if (problem !== undefined) return problem;
  const upper = name.toUpperCase();
  const taken =
    plan.servers.some((s) => s.id !== itemId && s.name.toUpperCase() === upper) ||
    plan.clusters.some((c) => c.id !== itemId && c.name.toUpperCase() === upper) ||
    plan.infrastructure.some(
      (i) => i.id !== itemId && i.kind === 'domain-controller' && i.name.toUpperCase() === upper,
    );
  return taken ? `${name} is already the name of another server, cluster or domain controller.` : undefined;
}
