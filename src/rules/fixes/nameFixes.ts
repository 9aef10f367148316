// Quick fixes for names: a valid, unused computer name close to the one given.
import { computerNames, nextComputerName, renameItem } from '../../model/edits.ts';
import { computerNameProblem } from '../../model/names.ts';
import type { FixMaker } from '../fixes.ts';
import type { NamedComputer, PlanIndex } from '../planIndex.ts';
import type { QuickFix } from '../types.ts';
import { nameOf } from '../words.ts';

const PREFIX = { server: 'EX', 'domain controller': 'DC', 'clustered mailbox server': 'CMS' } as const;

/** A free name for an item: its own name cleaned up if that is valid and unused, else PREFIXnn. */
function freeName(ix: PlanIndex, itemId: string): string | undefined {
  let item: NamedComputer | undefined;
  for (let i = 0; i < ix.computerCount && !item; i++) if (ix.computer(i).id === itemId) item = ix.computer(i);
  if (!item) return undefined;
  const taken = computerNames(ix.plan);
  const cleaned = item.name.replace(/[^A-Za-z0-9-]/g, '').slice(0, 15);
  if (computerNameProblem(cleaned) === undefined && !taken.has(cleaned.toUpperCase())) return cleaned;
  // Keep the name's stem (EX in EX01) when it makes a valid prefix, so the new name reads alike.
  const stem = cleaned.replace(/\d+$/, '').slice(0, 13);
  const prefix = stem && computerNameProblem(stem) === undefined ? stem : PREFIX[item.kind];
  return nextComputerName(ix.plan, prefix);
}

function rename(ix: PlanIndex, itemId: string | undefined): QuickFix[] {
  if (itemId === undefined) return [];
  const name = freeName(ix, itemId);
  if (name === undefined) return [];
  return [
    {
      label: `Rename ${nameOf(ix.name(itemId)) || 'it'} to ${name}`,
      apply: (plan) => renameItem(plan, itemId, name),
    },
  ];
}

export const NAME_FIXES: Record<string, FixMaker> = {
  'name-invalid': (ix, f) => rename(ix, f.subjects[0]),
  // Rename the second item: the first keeps the name it had first.
  'name-duplicate': (ix, f) => rename(ix, f.subjects[1]),
};
