// Names: servers, domain controllers and clustered mailbox servers are computers on one network,
// so their names follow the Windows computer (NetBIOS) rules and must not collide.
import { computerNameProblem } from '../model/names.ts';
import type { Cluster, DomainController, Plan, Server } from '../model/schema.ts';
import { family, type RuleDefinition } from './define.ts';
import type { NamedComputer } from './planIndex.ts';
import { NameTable, sameNameGroups } from './sameName.ts';
import { nameOf } from './words.ts';

const rule = family('Names');

export const nameInvalid = rule.each(
  {
    id: 'name-invalid',
    severity: 'error',
    title: 'Computer names are valid NetBIOS names',
    why: 'Windows computer names are 1 to 15 letters, digits and hyphens, and not digits only; Setup and clustering use them as they are.',
    sources: ['Windows computer naming'],
    fix: 'Rename the item with 1 to 15 letters, digits and hyphens.',
  },
  computerItems,
  (item, found) => {
    const problem = computerNameProblem(item.name);
    if (problem === undefined) return [];
    return [
      found(
        [item.id],
        `The ${computerKind(item)} name "${nameOf(item.name)}" is not a valid computer name. ${problem.replace(/\.$/, '')}: rename it.`,
      ),
    ];
  },
  { everyServer: true },
);

type ComputerItem = Server | DomainController | Cluster;

/** Servers, then domain controllers, then clusters (the order of computers.ts), as the plan holds them. */
function* computerItems(plan: Plan): Iterable<ComputerItem> {
  yield* plan.servers;
  for (const item of plan.infrastructure) if (item.kind === 'domain-controller') yield item;
  yield* plan.clusters;
}

function computerKind(item: ComputerItem): NamedComputer['kind'] {
  if ('roles' in item) return 'server';
  return 'kind' in item && item.kind === 'domain-controller'
    ? 'domain controller'
    : 'clustered mailbox server';
}

/** Items named in full in one name-duplicate message; a larger group is counted after them. */
const LISTED = 5;

/** "EX01 is the name of server EX01 and of cluster ex01. ..." for two; every item (or the first few) for more. */
function duplicateMessage(items: readonly NamedComputer[]): string {
  const [a, b] = items as [NamedComputer, NamedComputer];
  if (items.length === 2)
    return `${nameOf(a.name)} is the name of ${a.kind} ${nameOf(a.name)} and of ${b.kind} ${nameOf(b.name)}. Computer names must be unique, ignoring case: rename one of them.`;
  const phrases = items.slice(0, LISTED).map((item) => `${item.kind} ${nameOf(item.name)}`);
  const listed =
    items.length > LISTED
      ? `${items.length.toLocaleString('en-US')} computers: ${phrases.join(', ')} and ${(items.length - LISTED).toLocaleString('en-US')} more`
      : `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`;
  return `${nameOf(a.name)} is the name of ${listed}. Computer names must be unique, ignoring case: rename all but one of them.`;
}

/** The names of the plan name-duplicate last checked or kept its findings for: one per validator's plan. */
const tables = new WeakMap<Plan, NameTable>();

export const nameDuplicate: RuleDefinition = {
  // Names only: a role or platform edit leaves its findings as they are.
  serverFields: ['id', 'name'],
  // A palette add: the new name looked up in the last plan's names (none equal: the same findings).
  onAppend: {
    appended: (before, plan, server, found) => {
      const table = tables.get(before);
      if (!table) return undefined;
      tables.delete(before);
      if (table.add(server.name) !== -1) return undefined;
      tables.set(plan, table);
      return found;
    },
    kept: (before, plan) => {
      const table = tables.get(before);
      tables.delete(before);
      if (table) tables.set(plan, table);
    },
  },
  ...rule(
    {
      id: 'name-duplicate',
      severity: 'error',
      title: 'Computer names are unique',
      why: 'Two computers with one name cannot both join the domain; Windows compares names without regard to case.',
      sources: ['—'],
      fix: 'Rename one of the two items.',
    },
    // One finding per group of equal names, its subjects every item of the group: linear in the plan.
    (ix, found) => {
      const table = new NameTable(ix.computerCount);
      const groups = sameNameGroups(ix.computerCount, ix.computerName, table);
      tables.set(ix.plan, table);
      return groups.map((group) => {
        const items = group.map((i) => ix.computer(i));
        return found(
          items.map((item) => item.id),
          duplicateMessage(items),
        );
      });
    },
  ),
};

export const NAME_RULES = [nameInvalid, nameDuplicate];
