// Names: servers, domain controllers and clustered mailbox servers are computers on one network,
// so their names follow the Windows computer (NetBIOS) rules and must not collide.
import { computerNameProblem } from '../model/names.ts';
import { family } from './define.ts';
import type { PlanIndex } from './planIndex.ts';
import type { Finding } from './types.ts';

const rule = family('Names');

interface NamedComputer {
  id: string;
  name: string;
  kind: 'server' | 'domain controller' | 'clustered mailbox server';
}

/** Every item that carries a computer name, in the order rules.md lists them. */
export function namedComputers(ix: PlanIndex): NamedComputer[] {
  const out: NamedComputer[] = ix.plan.servers.map((s) => ({ id: s.id, name: s.name, kind: 'server' }));
  for (const item of ix.plan.infrastructure)
    if (item.kind === 'domain-controller') out.push({ id: item.id, name: item.name, kind: 'domain controller' });
  for (const c of ix.plan.clusters) out.push({ id: c.id, name: c.name, kind: 'clustered mailbox server' });
  return out;
}

export const nameInvalid = rule(
  {
    id: 'name-invalid',
    severity: 'error',
    title: 'Computer names are valid NetBIOS names',
    why: 'Windows computer names are 1 to 15 letters, digits and hyphens, and not digits only; Setup and clustering use them as they are.',
    sources: ['Windows computer naming'],
    fix: 'Rename the item with 1 to 15 letters, digits and hyphens.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const item of namedComputers(ix)) {
      const problem = computerNameProblem(item.name);
      if (problem === undefined) continue;
      out.push(found([item.id], `The ${item.kind} name "${item.name}" is not a valid computer name. ${problem} Rename it.`));
    }
    return out;
  },
);

export const nameDuplicate = rule(
  {
    id: 'name-duplicate',
    severity: 'error',
    title: 'Computer names are unique',
    why: 'Two computers with one name cannot both join the domain; Windows compares names without regard to case.',
    sources: ['—'],
    fix: 'Rename one of the two items.',
  },
  (ix, found) => {
    const byName = new Map<string, NamedComputer[]>();
    for (const item of namedComputers(ix)) {
      const key = item.name.toUpperCase();
      const list = byName.get(key);
      if (list) list.push(item);
      else byName.set(key, [item]);
    }
    const out: Finding[] = [];
    for (const items of byName.values())
      for (let i = 0; i < items.length; i++)
        for (let j = i + 1; j < items.length; j++) {
          const a = items[i]!;
          const b = items[j]!;
          out.push(
            found(
              [a.id, b.id],
              `${a.name} is the name of ${a.kind} ${a.name} and of ${b.kind} ${b.name}. Computer names must be unique, ignoring case: rename one of them.`,
            ),
          );
        }
    return out;
  },
);

export const NAME_RULES = [nameInvalid, nameDuplicate];
