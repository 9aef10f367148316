// From what is installed (current) to what is planned (target), server by server: each matched
// pair is unchanged, changed in place (Setup.com roles, a readdress into another site), or a
// migration Setup cannot do in place; unmatched target servers are built and unmatched current
// servers retired, a clustered mailbox server that goes before its nodes.
import { listRoles, PRODUCT_LABEL } from '../model/labels.ts';
import type { Plan, Server } from '../model/schema.ts';
import { serverCommandsWith } from './commands.ts';
import { deploymentFacts, type DeploymentFacts } from './facts.ts';
import {
  clusterGoesAway,
  matchServers,
  migrationReasons,
  reasonText,
  same,
  sameSite,
  siteName,
} from './matching.ts';
import { migrateSteps, modifySteps } from './migrations.ts';
import { insertCmsRemovals } from './cmsRemoval.ts';
import { retireSteps } from './retire.ts';
import type { PlanDiff, ServerChange } from './types.ts';
import { nameOf } from '../rules/words.ts';

function pairChange(
  current: Plan,
  c: Server,
  target: Plan,
  t: Server,
  facts: { current: DeploymentFacts; target: DeploymentFacts },
): ServerChange | undefined {
  const name = t.name.toUpperCase();
  const ids = { currentId: c.id, targetId: t.id };
  const add = t.roles.filter((r) => !c.roles.includes(r));
  const remove = c.roles.filter((r) => !t.roles.includes(r));
  // A computer that has no Exchange yet is built, not changed.
  if (
    c.product === 'exchange2007' &&
    t.product === 'exchange2007' &&
    c.roles.length === 0 &&
    t.roles.length > 0
  ) {
    const build = buildChange(t, facts.target);
    return build && { ...build, currentId: c.id, summary: `Install ${listRoles(t.roles)} on ${t.name}` };
  }
  const reasons = migrationReasons(current, c, target, t);
  // Edge Transport servers have no Active Directory site: a perimeter network is not one.
  const internal = t.product === 'exchange2007' && t.roles.some((r) => r !== 'EdgeTransport');
  const movesTo =
    internal && c.product === 'exchange2007' && !sameSite(current, c, target, t)
      ? siteName(target, t.site)
      : undefined;
  if (reasons.length > 0) {
    const id = `migrate:${name}`;
    const clusterGoes = clusterGoesAway(current, c, target);
    const steps = migrateSteps(
      {
        current: c,
        next: t,
        reasons,
        currentFacts: facts.current,
        targetFacts: facts.target,
        clusterGoes,
        movesTo,
      },
      id,
    );
    const why = [
      ...reasons.map((r) => reasonText(current, c, target, t, r)),
      ...(movesTo !== undefined ? [`moves to ${movesTo}`] : []),
    ].join(', ');
    return {
      id,
      kind: 'migrate',
      serverName: t.name,
      ...ids,
      addRoles: add,
      removeRoles: remove,
      reasons,
      summary: `${nameOf(t.name)} ${why}: Setup cannot do this in place, so it is emptied, rebuilt and installed again`,
      steps,
    };
  }
  const edge = t.roles.includes('EdgeTransport') && c.roles.includes('EdgeTransport');
  const resubscribe =
    edge && !same(facts.current.subscribedSite.get(c.id)?.name, facts.target.subscribedSite.get(t.id)?.name);
  if (add.length === 0 && remove.length === 0 && !resubscribe && movesTo === undefined) return undefined;
  const id = `modify:${name}`;
  const parts = [
    movesTo !== undefined ? `readdress into ${movesTo}` : '',
    add.length > 0 ? `add ${listRoles(add)}` : '',
    remove.length > 0 ? `remove ${listRoles(remove)}` : '',
    resubscribe ? 'subscribe the Edge again' : '',
  ];
  const steps = modifySteps(
    { current: c, next: t, add, remove, facts: facts.target, resubscribe, movesTo },
    id,
  );
  return {
    id,
    kind: 'modify',
    serverName: t.name,
    ...ids,
    addRoles: add,
    removeRoles: remove,
    reasons: [],
    summary: `${nameOf(t.name)}: ${parts.filter(Boolean).join('; ')}`,
    steps,
  };
}

function buildChange(t: Server, facts: DeploymentFacts): ServerChange | undefined {
  const id = `build:${t.name.toUpperCase()}`;
  const steps = serverCommandsWith(facts, t.id, true).map((s) => ({ ...s, id: `${id}/${s.id}` }));
  // An Exchange 2003/2000 server drawn only in the target already exists: nothing to build.
  if (steps.length === 0 && t.product !== 'exchange2007') return undefined;
  const roles = t.roles.length > 0 ? ` (${listRoles(t.roles)})` : '';
  return {
    id,
    kind: 'build',
    serverName: t.name,
    targetId: t.id,
    addRoles: t.roles,
    removeRoles: [],
    reasons: [],
    summary: `Build ${nameOf(t.name)}${roles}`,
    steps,
  };
}

/** What to build, change, migrate and retire to turn the current deployment into the target. */
export function diffPlans(current: Plan, target: Plan): PlanDiff {
  const context = {
    organizationExists: current.servers.length > 0,
    hubTransportExists: current.servers.some(
      (s) => s.product === 'exchange2007' && s.roles.includes('HubTransport'),
    ),
    mailboxExists: current.servers.some((s) => s.product === 'exchange2007' && s.roles.includes('Mailbox')),
  };
  const facts = {
    current: deploymentFacts(current, { organizationExists: true }),
    target: deploymentFacts(target, context),
  };
  const pairs = matchServers(current, target);
  const changes: ServerChange[] = [];
  const unchanged: string[] = [];

  const installing: ServerChange[] = [];
  for (const t of target.servers) {
    const c = pairs.get(t.id);
    const change = c ? pairChange(current, c, target, t, facts) : buildChange(t, facts.target);
    if (change) installing.push(change);
    else if (c) unchanged.push(t.name);
  }
  // Builds, migrations and in-place changes follow the target's install order (Client Access before
  // Hub Transport before Mailbox, an active node before its passive nodes, Edge last); retirements end it.
  const targetOrder = facts.target.groups.flatMap((g) => g.serverIds);
  const rank = (change: ServerChange) => {
    const i = targetOrder.indexOf(change.targetId ?? '');
    return i < 0 ? targetOrder.length : i;
  };
  changes.push(...installing.sort((a, b) => rank(a) - rank(b)));

  const kept = new Set([...pairs.values()].map((s) => s.id));
  const retiring = current.servers.filter((s) => !kept.has(s.id));
  const goes = (s: Server) => clusterGoesAway(current, s, target);
  const activeOfGoing = (s: Server) =>
    s.cluster !== undefined && goes(s) && facts.current.activeNode.get(s.cluster) === s.id;
  // Passive nodes are uninstalled before the active node of a removed clustered mailbox server; earlier versions last.
  const order = (s: Server) => (s.product !== 'exchange2007' ? 2 : activeOfGoing(s) ? 1 : 0);
  retiring.sort((a, b) => order(a) - order(b) || a.name.localeCompare(b.name));
  for (const c of retiring) {
    const id = `retire:${c.name.toUpperCase()}`;
    const label =
      c.product === 'exchange2007'
        ? c.roles.length > 0
          ? listRoles(c.roles)
          : 'no roles'
        : PRODUCT_LABEL[c.product];
    changes.push({
      id,
      kind: 'retire',
      serverName: c.name,
      currentId: c.id,
      addRoles: [],
      removeRoles: c.roles,
      reasons: [],
      summary: `Retire ${nameOf(c.name)} (${label})`,
      steps: retireSteps(c, facts.current, goes(c), id),
    });
  }
  insertCmsRemovals(current, target, facts.current, changes);
  return { currentName: current.name, targetName: target.name, changes: withoutRepeats(changes), unchanged };
}

/**
 * A step two changes share (the witness share of a cluster whose witness and active node are both
 * built) is listed once, at its last place: beside the active node, after the cluster is formed.
 */
function withoutRepeats(changes: ServerChange[]): ServerChange[] {
  // The plan step's own id follows the change's id and a slash (names in change ids may hold slashes).
  const planStep = (change: ServerChange, id: string) => id.slice(change.id.length + 1);
  const last = new Map<string, string>();
  for (const change of changes)
    for (const step of change.steps)
      if (planStep(change, step.id).includes(':')) last.set(planStep(change, step.id), step.id);
  return changes.map((change) => ({
    ...change,
    steps: change.steps.filter(
      (step) => !planStep(change, step.id).includes(':') || last.get(planStep(change, step.id)) === step.id,
    ),
  }));
}
