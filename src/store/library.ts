// The user's plans in browser storage: an index of {id, name, updatedAt} plus one serialized plan a
// key. Every read goes through parsePlan; every write reports failure instead of losing work.
import { parsePlan, serializePlan, formatIssue, type Plan } from '../model/index.ts';

export interface PlanEntry {
  id: string;
  name: string;
  updatedAt: string;
}

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const INDEX_KEY = 'etd:plans';
const CURRENT_KEY = 'etd:current';
const planKey = (id: string) => `etd:plan:${id}`;
const progressKey = (id: string) => `etd:progress:${id}`;

export type SaveResult = { ok: true } | { ok: false; message: string };

function describeStorageError(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED')
    return 'Browser storage is full, so your latest changes are not saved. They stay open in this tab: export the plan as JSON, or delete plans you no longer need.';
  return 'This browser will not let the designer save (storage is disabled or in private mode). Your changes stay open in this tab: export the plan as JSON to keep it.';
}

export class PlanLibrary {
  constructor(private readonly storage: KeyValueStorage | undefined) {}

  list(): PlanEntry[] {
    try {
      const raw = this.storage?.getItem(INDEX_KEY);
      if (!raw) return [];
      const value: unknown = JSON.parse(raw);
      if (!Array.isArray(value)) return [];
      return value.filter(
        (e): e is PlanEntry => typeof e?.id === 'string' && typeof e?.name === 'string' && typeof e?.updatedAt === 'string',
      );
    } catch {
      return [];
    }
  }

  currentId(): string | undefined {
    try {
      return this.storage?.getItem(CURRENT_KEY) ?? undefined;
    } catch {
      return undefined;
    }
  }

  setCurrent(id: string): SaveResult {
    return this.write(() => this.storage?.setItem(CURRENT_KEY, id));
  }

  /** The stored plan, or why it cannot be opened. */
  load(id: string): { ok: true; plan: Plan } | { ok: false; message: string } {
    let raw: string | null | undefined;
    try {
      raw = this.storage?.getItem(planKey(id));
    } catch (e) {
      return { ok: false, message: describeStorageError(e) };
    }
    if (!raw) return { ok: false, message: 'This plan is no longer in browser storage.' };
    const result = parsePlan(raw);
    if (!result.ok) return { ok: false, message: `The saved plan could not be read: ${result.errors.slice(0, 3).map(formatIssue).join('; ')}` };
    return result;
  }

  save(id: string, plan: Plan, now = new Date()): SaveResult {
    const entries = this.list();
    const entry = { id, name: plan.name, updatedAt: now.toISOString() };
    const at = entries.findIndex((e) => e.id === id);
    if (at >= 0) entries[at] = entry;
    else entries.push(entry);
    return this.write(() => {
      this.storage?.setItem(planKey(id), serializePlan(plan, { compact: true }));
      this.storage?.setItem(INDEX_KEY, JSON.stringify(entries));
    });
  }

  remove(id: string): SaveResult {
    const entries = this.list().filter((e) => e.id !== id);
    return this.write(() => {
      this.storage?.removeItem(planKey(id));
      this.storage?.removeItem(progressKey(id));
      this.storage?.setItem(INDEX_KEY, JSON.stringify(entries));
    });
  }

  /** Ids of the deployment checklist steps ticked off for a plan. */
  progress(id: string): string[] {
    try {
      const value: unknown = JSON.parse(this.storage?.getItem(progressKey(id)) ?? '[]');
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    } catch {
      return [];
    }
  }

  saveProgress(id: string, done: readonly string[]): SaveResult {
    return this.write(() => this.storage?.setItem(progressKey(id), JSON.stringify(done)));
  }

  /** A new library id, unique among stored plans. */
  newId(): string {
    const taken = new Set(this.list().map((e) => e.id));
    for (;;) {
      const id = `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
      if (!taken.has(id)) return id;
    }
  }

  private write(action: () => void): SaveResult {
    if (!this.storage) return { ok: false, message: describeStorageError(new Error('no storage')) };
    try {
      action();
      return { ok: true };
    } catch (e) {
      return { ok: false, message: describeStorageError(e) };
    }
  }
}

export function browserStorage(): KeyValueStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
