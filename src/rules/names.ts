// Names: servers, domain controllers and clustered mailbox servers are computers on one network,
// so their names follow the Windows computer (NetBIOS) rules and must not collide.
import { computerNameProblem } from '../model/names.ts';
import { family } from './define.ts';
import { sameNamePairs } from './sameName.ts';
import type { Finding } from './types.ts';
import { nameOf } from './words.ts';

const rule = family('Names');

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
    for (let i = 0; i < ix.computerCount; i++) {
      const name = ix.computerName(i);
      const problem = computerNameProblem(name);
      if (problem === undefined) continue;
      const item = ix.computer(i);
      out.push(
        found(
          [item.id],
          `The ${item.kind} name "${nameOf(name)}" is not a valid computer name. ${problem.replace(/\.$/, '')}: rename it.`,
        ),
      );
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
  (ix, found) =>
    sameNamePairs(ix.computerCount, ix.computerName).map(([i, j]) => {
      const a = ix.computer(i);
      const b = ix.computer(j);
      return found(
        [a.id, b.id],
        `${a.name} is the name of ${a.kind} ${a.name} and of ${b.kind} ${b.name}. Computer names must be unique, ignoring case: rename one of them.`,
      );
    }),
);

export const NAME_RULES = [nameInvalid, nameDuplicate];
