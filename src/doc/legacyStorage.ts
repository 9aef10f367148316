// Plans that earlier versions kept in localStorage (an index under etd:plans, each plan under
// etd:plan:ID, checklist ticks under etd:progress:ID), read for the move to IndexedDB. A plan the
// index lost is found by its key, so a damaged index orphans nothing; nothing here writes.
import { formatIssue, parsePlan, type Plan } from '../model/index.ts';
import type { PlanEntry } from './library.ts';

export type LegacyStorage = Pick<Storage, 'getItem' | 'key' | 'length'>;

export interface LegacyPlan extends PlanEntry {
  plan: Plan;
  progress: string[];
}

export interface LegacyPlans {
  plans: LegacyPlan[];
  /** Stored plans that do not parse: left where they are, and named to the user. */
  unreadable: { id: string; name: string; message: string }[];
  current: string | undefined;
}

const PLAN_PREFIX = 'etd:plan:';

function indexEntries(storage: LegacyStorage): PlanEntry[] {
  try {
    const value: unknown = JSON.parse(storage.getItem('etd:plans') ?? '[]');
    if (!Array.isArray(value)) return [];
    return value.filter(
      (e): e is PlanEntry => typeof e?.id === 'string' && typeof e?.name === 'string' && typeof e?.updatedAt === 'string',
    );
  } catch {
    return [];
  }
}

function progressOf(storage: LegacyStorage, id: string): string[] {
  try {
    const value: unknown = JSON.parse(storage.getItem(`etd:progress:${id}`) ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

/** Every plan in the old storage: the index's order first, then plans only their key names. */
export function readLegacyPlans(storage: LegacyStorage, now = new Date()): LegacyPlans {
  const out: LegacyPlans = { plans: [], unreadable: [], current: undefined };
  try {
    const indexed = indexEntries(storage);
    const ids = indexed.map((e) => e.id);
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PLAN_PREFIX) && !ids.includes(key.slice(PLAN_PREFIX.length))) ids.push(key.slice(PLAN_PREFIX.length));
    }
    for (const id of [...new Set(ids)]) {
      const raw = storage.getItem(PLAN_PREFIX + id);
      const entry = indexed.find((e) => e.id === id);
      if (raw === null) continue;
      const result = parsePlan(raw);
      if (!result.ok) {
        out.unreadable.push({ id, name: entry?.name ?? id, message: result.errors.slice(0, 3).map(formatIssue).join('; ') });
        continue;
      }
      out.plans.push({
        id,
        name: entry?.name ?? result.plan.name,
        updatedAt: entry?.updatedAt ?? now.toISOString(),
        plan: result.plan,
        progress: progressOf(storage, id),
      });
    }
    out.current = storage.getItem('etd:current') ?? undefined;
  } catch {
    // Storage that cannot be read at all has nothing to move.
  }
  return out;
}
