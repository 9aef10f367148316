// The user's plans in this browser: the plan list and one document a plan, each in IndexedDB and
// kept in step with the other tabs. Where IndexedDB is missing or refuses, everything still works
// in memory and says so (onStorage). A plan joins the list, and becomes the one opened next time,
// only once its content is stored, so a plan that could not be saved never replaces a saved one.
import * as Y from 'yjs';
import type { Plan } from '../model/index.ts';
import { writeWholePlan } from './bind.ts';
import { readLegacyPlans, type LegacyStorage } from './legacyStorage.ts';
import { currentPlanId, hasEntry, listEntries, migratedAt, putEntry, removeEntry, setCurrentPlanId, setMigrated, type PlanEntry } from './library.ts';
import { canListStored, deleteStoredDoc, DocStorage, indexedDbProblem, readStoredDoc, storedNames, UPDATED_AT, type SaveStatus } from './persistence.ts';
import { LOAD_ORIGIN, PlanDocument } from './planDocument.ts';
import { isEmptyPlanDoc, planTypes, progressMap } from './shape.ts';
import { TabSync } from './tabSync.ts';

export const LIBRARY_DB = 'etd-library';
const PLAN_DB_PREFIX = 'etd-plan:';
export const planDbName = (id: string) => `${PLAN_DB_PREFIX}${id}`;

export type StorageState = { ok: true } | { ok: false; reason: 'unavailable' | 'failing'; error: unknown };

export interface OpenReport {
  /** Plans moved from localStorage (earlier versions) on this start. */
  migrated: PlanEntry[];
  /** Plans in localStorage that could not be read: left there untouched. */
  unreadable: { id: string; name: string; message: string }[];
  /** Stored plans the list had lost, put back. */
  rebuilt: PlanEntry[];
}

export type OpenResult = { ok: true; plan: OpenedPlan } | { ok: false; message: string };

/** A plan open in this tab: its document, stored and synced while open. */
export class OpenedPlan {
  private registered: boolean;
  constructor(
    readonly id: string,
    readonly document: PlanDocument,
    private readonly storage: DocStorage | undefined,
    private readonly sync: TabSync | undefined,
    registered: boolean,
  ) {
    this.registered = registered;
  }

  /** Listed in the plan list (stored, or kept in memory where nothing can be stored). */
  get listed() {
    return this.registered;
  }

  markListed() {
    this.registered = true;
  }

  get storageFailed() {
    return this.storage?.failed ?? false;
  }

  /** Records when the plan was last saved, for rebuilding the list. */
  touch(at: string) {
    void this.storage?.set(UPDATED_AT, at).catch(() => undefined);
  }

  /** Stops editing here; a plan kept in memory keeps its document (and sync) in the library. */
  async close() {
    this.sync?.destroy();
    this.document.destroy();
    await this.storage?.destroy();
  }
}

export class BrowserLibrary {
  private readonly failing = new Set<object>();
  /** Where nothing can be stored: every plan's document, kept (and synced) for this tab's life. */
  private readonly memory = new Map<string, { doc: Y.Doc; sync: TabSync }>();

  private closers: (() => unknown)[] = [];

  private constructor(
    readonly doc: Y.Doc,
    readonly persistent: boolean,
    private readonly onStorage: (state: StorageState) => void,
    private readonly now: () => Date,
  ) {}

  static async open(options: { legacy?: LegacyStorage; onStorage?: (state: StorageState) => void; now?: () => Date } = {}) {
    const onStorage = options.onStorage ?? (() => {});
    const problem = await indexedDbProblem();
    const doc = new Y.Doc();
    let persistent = problem === undefined;
    const ready: { library?: BrowserLibrary } = {};
    let librarySaver: DocStorage | undefined;
    if (persistent) {
      const storage = new DocStorage(LIBRARY_DB, doc, (status) => ready.library?.report(storage, status));
      persistent = await storage.opened;
      if (persistent) librarySaver = storage;
      else await storage.destroy();
    }
    const library = new BrowserLibrary(doc, persistent, onStorage, options.now ?? (() => new Date()));
    ready.library = library;
    const sync = new TabSync(LIBRARY_DB, doc);
    library.closers.push(() => sync.destroy(), () => librarySaver?.destroy());
    if (!persistent) onStorage({ ok: false, reason: 'unavailable', error: problem });
    const report: OpenReport = { migrated: [], unreadable: [], rebuilt: [] };
    await withLock('etd-library-repair', async () => {
      if (options.legacy) await library.migrate(options.legacy, report);
      if (persistent) await library.rebuildList(report);
    });
    return { library, report };
  }

  /** Lets go of storage and the other tabs (a tab that closes does this by closing). */
  async close() {
    for (const [, kept] of this.memory) kept.sync.destroy();
    this.memory.clear();
    for (const close of this.closers.splice(0)) await close();
  }

  entries(): PlanEntry[] {
    return listEntries(this.doc);
  }

  onEntries(listener: (entries: PlanEntry[]) => void): () => void {
    const handler = () => listener(listEntries(this.doc));
    this.doc.on('update', handler);
    return () => this.doc.off('update', handler);
  }

  currentId(): string | undefined {
    return currentPlanId(this.doc);
  }

  async openPlan(id: string, options: { current?: boolean } = {}): Promise<OpenResult> {
    const makeCurrent = options.current ?? true;
    const kept = this.memory.get(id);
    if (kept || !this.persistent) {
      const doc = kept?.doc ?? new Y.Doc();
      const sync = kept?.sync ?? new TabSync(planDbName(id), doc);
      if (!kept) {
        this.memory.set(id, { doc, sync });
        await new Promise((wait) => setTimeout(wait, 300)); // another tab that holds it answers by then
      }
      if (isEmptyPlanDoc(doc)) return { ok: false, message: 'This plan was kept only in the tab that made it, and that tab is closed.' };
      if (makeCurrent) setCurrentPlanId(this.doc, id);
      return { ok: true, plan: new OpenedPlan(id, new PlanDocument(doc), undefined, undefined, true) };
    }
    if (canListStored() && !(await storedNames()).includes(planDbName(id)))
      return { ok: false, message: 'This plan is no longer in browser storage.' };
    const doc = new Y.Doc();
    const storage = new DocStorage(planDbName(id), doc, (status) => this.report(storage, status));
    if (!(await storage.opened)) {
      await storage.destroy();
      return { ok: false, message: 'Browser storage would not open this plan.' };
    }
    if (isEmptyPlanDoc(doc)) {
      await storage.destroy();
      return { ok: false, message: 'This plan is no longer in browser storage.' };
    }
    if (makeCurrent) setCurrentPlanId(this.doc, id);
    return { ok: true, plan: new OpenedPlan(id, new PlanDocument(doc), storage, new TabSync(planDbName(id), doc), true) };
  }

  /** A new plan in the list (never over another): listed and made current once it is stored. */
  async createPlan(plan: Plan, progress: readonly string[] = []): Promise<OpenedPlan> {
    const id = newPlanId(new Set(this.entries().map((e) => e.id)));
    const doc = new Y.Doc();
    let storage: DocStorage | undefined;
    if (this.persistent) {
      storage = new DocStorage(planDbName(id), doc, (status) => {
        this.report(storage!, status);
        if (status.ok && !opened.listed) this.list(opened, plan.name);
      });
      if (!(await storage.opened)) {
        await storage.destroy();
        storage = undefined;
      }
    }
    fill(doc, plan, progress);
    const sync = new TabSync(planDbName(id), doc);
    const opened: OpenedPlan = new OpenedPlan(id, new PlanDocument(doc), storage, storage ? sync : undefined, false);
    if (!storage) {
      this.memory.set(id, { doc, sync });
      this.list(opened, plan.name);
    } else if (await storage.settled()) this.list(opened, plan.name);
    return opened;
  }

  private list(opened: OpenedPlan, name: string) {
    const at = this.now().toISOString();
    opened.markListed();
    opened.touch(at);
    this.doc.transact(() => {
      putEntry(this.doc, { id: opened.id, name, updatedAt: at });
      setCurrentPlanId(this.doc, opened.id);
    });
  }

  /** The open plan changed: its entry follows (name, time). Not while its storage fails. */
  touch(opened: OpenedPlan, name: string) {
    if (!opened.listed || opened.storageFailed) return;
    const at = this.now().toISOString();
    opened.touch(at);
    putEntry(this.doc, { id: opened.id, name, updatedAt: at });
  }

  /** A stored plan, read without opening it for editing (comparisons). */
  async readPlan(id: string): Promise<{ ok: true; plan: Plan } | { ok: false; message: string }> {
    const kept = this.memory.get(id);
    const stored = kept ? { doc: kept.doc } : this.persistent ? await readStoredDoc(planDbName(id)).catch(() => undefined) : undefined;
    if (!stored || isEmptyPlanDoc(stored.doc)) return { ok: false, message: 'This plan is no longer in browser storage.' };
    const document = new PlanDocument(stored.doc);
    const plan = document.plan;
    document.destroy();
    return { ok: true, plan };
  }

  /** Renames a plan that is not open here. */
  async renamePlan(id: string, name: string): Promise<{ ok: true } | { ok: false; message: string }> {
    const opened = await this.openPlan(id, { current: false });
    if (!opened.ok) return opened;
    const { document } = opened.plan;
    document.apply({ ...document.plan, name });
    this.touch(opened.plan, name);
    await opened.plan.close();
    return { ok: true };
  }

  async removePlan(id: string): Promise<void> {
    removeEntry(this.doc, id);
    const kept = this.memory.get(id);
    if (kept) {
      kept.sync.destroy();
      this.memory.delete(id);
    }
    if (this.persistent) await deleteStoredDoc(planDbName(id)).catch(() => undefined);
  }

  private report(source: object, status: SaveStatus) {
    const before = this.failing.size;
    if (status.ok) this.failing.delete(source);
    else this.failing.add(source);
    if (!this.persistent || before === this.failing.size) return;
    this.onStorage(status.ok && this.failing.size === 0 ? { ok: true } : { ok: false, reason: 'failing', error: status.ok ? undefined : status.error });
  }

  /** Moves plans from localStorage once; a plan already in the list is left as it is. */
  private async migrate(legacy: LegacyStorage, report: OpenReport) {
    if (migratedAt(this.doc)) return;
    const found = readLegacyPlans(legacy, this.now());
    report.unreadable = found.unreadable;
    let complete = true;
    for (const old of found.plans) {
      if (hasEntry(this.doc, old.id)) continue;
      const stored = await this.store(old.id, old.plan, old.progress);
      if (!stored) {
        complete = false;
        continue;
      }
      putEntry(this.doc, { id: old.id, name: old.name, updatedAt: old.updatedAt });
      report.migrated.push({ id: old.id, name: old.name, updatedAt: old.updatedAt });
    }
    if (found.current && hasEntry(this.doc, found.current) && !currentPlanId(this.doc)) setCurrentPlanId(this.doc, found.current);
    // Nothing found (a new browser) or all moved: done. A plan storage refused is tried next start.
    if (complete && this.persistent) setMigrated(this.doc, this.now().toISOString());
  }

  /** Stores a plan under `id` (a database of its own, or memory); false when storage refused it. */
  private async store(id: string, plan: Plan, progress: readonly string[]): Promise<boolean> {
    const doc = new Y.Doc();
    if (!this.persistent) {
      fill(doc, plan, progress);
      this.memory.set(id, { doc, sync: new TabSync(planDbName(id), doc) });
      return true;
    }
    const storage = new DocStorage(planDbName(id), doc);
    if (!(await storage.opened)) {
      await storage.destroy();
      return false;
    }
    if (isEmptyPlanDoc(doc)) fill(doc, plan, progress);
    void storage.set(UPDATED_AT, this.now().toISOString()).catch(() => undefined);
    const ok = await storage.settled();
    await storage.destroy();
    return ok;
  }

  /** Puts back every stored plan the list lost, and drops entries whose plan is gone. */
  private async rebuildList(report: OpenReport) {
    if (!canListStored()) return;
    const names = await storedNames();
    const stored = new Set(names.filter((n) => n.startsWith(PLAN_DB_PREFIX)).map((n) => n.slice(PLAN_DB_PREFIX.length)));
    const listed = new Set(this.entries().map((e) => e.id));
    for (const id of [...stored].sort()) {
      if (listed.has(id)) continue;
      const found = await readStoredDoc(planDbName(id)).catch(() => undefined);
      if (!found || isEmptyPlanDoc(found.doc)) continue;
      const document = new PlanDocument(found.doc);
      const entry = { id, name: document.plan.name, updatedAt: found.updatedAt ?? this.now().toISOString() };
      document.destroy();
      putEntry(this.doc, entry);
      report.rebuilt.push(entry);
    }
    for (const id of listed) if (!stored.has(id)) removeEntry(this.doc, id);
  }
}

function fill(doc: Y.Doc, plan: Plan, progress: readonly string[]) {
  doc.transact(() => {
    writeWholePlan(planTypes(doc), plan);
    const ticks = progressMap(doc);
    for (const step of progress) ticks.set(step, true);
  }, LOAD_ORIGIN);
}

function newPlanId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    if (!taken.has(id)) return id;
  }
}

/** Runs `task` alone across tabs where the browser has Web Locks (two tabs starting at once). */
async function withLock(name: string, task: () => Promise<void>) {
  const locks = typeof navigator === 'undefined' ? undefined : (navigator as Navigator & { locks?: LockManager }).locks;
  if (locks) await locks.request(name, task);
  else await task();
}
