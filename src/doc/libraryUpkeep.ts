// Upkeep of the plan list when the library opens: plans of earlier versions (localStorage) move
// across once, and stored plans the list lost are put back (a damaged list orphans nothing).
import type * as Y from 'yjs';
import type { Plan } from '../model/index.ts';
import type { OpenReport } from './browserLibrary.ts';
import type { LegacyStorage } from './legacyStorage.ts';
import { currentPlanId, hasEntry, listEntries, migratedAt, putEntry, removeEntry, setCurrentPlanId, setMigrated } from './library.ts';
import { canListStored, storedNames } from './persistence.ts';
import { forgetUnsavedExcept } from './unsaved.ts';
import { PlanDocument } from './planDocument.ts';
import { isEmptyPlanDoc } from './shape.ts';

export const PLAN_DB_PREFIX = 'etd-plan:';
export const planDbName = (id: string) => `${PLAN_DB_PREFIX}${id}`;

export interface Upkeep {
  doc: Y.Doc;
  persistent: boolean;
  now: () => Date;
  /** Stores a plan under `id`; false when storage refused it. */
  store: (id: string, plan: Plan, progress: readonly string[]) => Promise<boolean>;
}

/** Moves plans from localStorage once; a plan already in the list is left as it is. */
export async function migrateLegacyPlans(library: Upkeep, legacy: LegacyStorage, report: OpenReport) {
  if (migratedAt(library.doc)) return;
  // Loaded only until the move is done: every later start skips it.
  const { readLegacyPlans } = await import('./legacyStorage.ts');
  const found = readLegacyPlans(legacy, library.now());
  report.unreadable = found.unreadable;
  let complete = true;
  for (const old of found.plans) {
    if (hasEntry(library.doc, old.id)) continue;
    const stored = await library.store(old.id, old.plan, old.progress);
    if (!stored) {
      complete = false;
      continue;
    }
    putEntry(library.doc, { id: old.id, name: old.name, updatedAt: old.updatedAt });
    report.migrated.push({ id: old.id, name: old.name, updatedAt: old.updatedAt });
  }
  if (found.current && hasEntry(library.doc, found.current) && !currentPlanId(library.doc)) setCurrentPlanId(library.doc, found.current);
  // Nothing found (a new browser) or all moved: done. A plan storage refused is tried next start.
  if (complete && library.persistent) setMigrated(library.doc, library.now().toISOString());
}

/** localStorage where the browser has one and lets us read it. */
export function legacyBrowserStorage(): LegacyStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** Puts back every stored plan the list lost, and drops entries whose plan is gone. */
export async function rebuildList(library: Upkeep, report: OpenReport) {
  if (!canListStored()) return;
  const names = await storedNames();
  forgetUnsavedExcept(names);
  const stored = new Set(names.filter((n) => n.startsWith(PLAN_DB_PREFIX)).map((n) => n.slice(PLAN_DB_PREFIX.length)));
  const listed = new Set(listEntries(library.doc).map((e) => e.id));
  for (const id of [...stored].sort()) {
    if (listed.has(id)) continue;
    const found = await import('./storedDoc.ts').then(({ readStoredDoc }) => readStoredDoc(planDbName(id))).catch(() => undefined);
    if (!found || isEmptyPlanDoc(found.doc)) continue;
    const document = new PlanDocument(found.doc);
    const entry = { id, name: document.plan.name, updatedAt: found.updatedAt ?? library.now().toISOString() };
    document.destroy();
    putEntry(library.doc, entry);
    report.rebuilt.push(entry);
  }
  for (const id of listed) if (!stored.has(id)) removeEntry(library.doc, id);
}

/** Runs `task` alone across tabs where the browser has Web Locks (two tabs starting at once). */
export async function withLock(name: string, task: () => Promise<void>) {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  if (locks) await locks.request(name, task);
  else await task();
}
