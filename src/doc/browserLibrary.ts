// The user's plans in this browser: the plan list and one document a plan, each in IndexedDB and
// kept in step with the other tabs. Where IndexedDB is missing or refuses, everything still works
// in memory and says so (onStorage). A plan joins the list, and becomes the one opened next time,
// only once its content is stored, so a plan that could not be saved never replaces a saved one.
import * as Y from 'yjs';
import type { Plan } from '../model/index.ts';
import { fillDoc } from './bind.ts';
import type { LegacyStorage } from './legacyStorage.ts';
import { migrateLegacyPlans, planDbName, rebuildList, withLock } from './libraryUpkeep.ts';
import { OpenedPlan } from './openedPlan.ts';

export { OpenedPlan };
import { currentPlanId, listEntries, putEntry, removeEntry, setCurrentPlanId, setEntryRoom, type PlanEntry, type RoomBinding } from './library.ts';
import { canListStored, deleteStoredDoc, DocStorage, indexedDbProblem, storedNames, UPDATED_AT, type SaveStatus } from './persistence.ts';
import { PlanDocument } from './planDocument.ts';
import { isEmptyPlanDoc, LOAD_ORIGIN } from './shape.ts';
import { TabSync } from './tabSync.ts';

export const LIBRARY_DB = 'etd-library';

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

export class BrowserLibrary {
  private readonly failing = new Set<object>();
  /** Plans left while their storage was failing: kept open (and retrying) so no edit is lost. */
  private readonly unsaved = new Map<string, OpenedPlan>();
  /** Where nothing can be stored: every plan's document, kept (and synced) for this tab's life. */
  private readonly memory = new Map<string, { doc: Y.Doc; sync: TabSync }>();

  private closers: (() => unknown)[] = [];

  private constructor(
    readonly doc: Y.Doc,
    readonly persistent: boolean,
    private readonly onStorage: (state: StorageState) => void,
    readonly now: () => Date,
  ) {}

  static async open(options: { legacy?: LegacyStorage; onStorage?: (state: StorageState) => void; now?: () => Date } = {}) {
    const onStorage = options.onStorage ?? (() => {});
    const problem = await indexedDbProblem();
    const doc = new Y.Doc();
    let persistent = problem === undefined;
    const ready: { library?: BrowserLibrary } = {};
    let librarySaver: DocStorage | undefined;
    if (persistent) {
      const storage = new DocStorage(LIBRARY_DB, doc, (status) => ready.library?.report(storage, status), false);
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
    const upkeep = { doc, persistent, now: library.now, store: (id: string, plan: Plan, progress: readonly string[]) => library.store(id, plan, progress) };
    await withLock('etd-library-repair', async () => {
      if (options.legacy) await migrateLegacyPlans(upkeep, options.legacy, report);
      if (persistent) await rebuildList(upkeep, report);
    });
    return { library, report };
  }

  /** Lets go of storage and the other tabs (a tab that closes does this by closing). */
  async close() {
    for (const [, kept] of this.memory) kept.sync.destroy();
    this.memory.clear();
    for (const [, left] of this.unsaved) await left.close();
    this.unsaved.clear();
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
    const left = this.unsaved.get(id);
    if (left) {
      this.unsaved.delete(id);
      return { ok: true, plan: left };
    }
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
  createPlan(plan: Plan, progress: readonly string[] = []): Promise<OpenedPlan> {
    return this.createWith((doc) => fillDoc(doc, plan, progress), plan.name);
  }

  /** A new plan holding a document received whole (a team room joined here), in that room. */
  createPlanFromState(state: Uint8Array, name: string, room: RoomBinding): Promise<OpenedPlan> {
    return this.createWith((doc) => Y.applyUpdate(doc, state, LOAD_ORIGIN), name, room);
  }

  /** Puts a listed plan in a team room, or takes it out (undefined). */
  setRoom(id: string, room: RoomBinding | undefined) {
    setEntryRoom(this.doc, id, room);
  }

  private async createWith(fill: (doc: Y.Doc) => void, name: string, room?: RoomBinding): Promise<OpenedPlan> {
    const id = newPlanId(new Set(this.entries().map((e) => e.id)));
    const doc = new Y.Doc();
    let storage: DocStorage | undefined;
    if (this.persistent) {
      storage = new DocStorage(planDbName(id), doc, (status) => {
        this.report(storage!, status);
        if (status.ok && !opened.listed) this.list(opened, name, room);
      });
      if (!(await storage.opened)) {
        await storage.destroy();
        storage = undefined;
      }
    }
    fill(doc);
    const sync = new TabSync(planDbName(id), doc);
    const opened: OpenedPlan = new OpenedPlan(id, new PlanDocument(doc), storage, storage ? sync : undefined, false);
    if (!storage) {
      this.memory.set(id, { doc, sync });
      this.list(opened, name, room);
    } else if (await storage.settled()) this.list(opened, name, room);
    return opened;
  }

  private list(opened: OpenedPlan, name: string, room?: RoomBinding) {
    const at = this.now().toISOString();
    opened.markListed();
    opened.touch(at);
    this.doc.transact(() => {
      putEntry(this.doc, { id: opened.id, name, updatedAt: at });
      if (room) setEntryRoom(this.doc, opened.id, room);
      setCurrentPlanId(this.doc, opened.id);
    });
  }

  /** The user leaves a plan: closed, unless its latest edits are not stored yet (then kept, retrying). */
  async release(opened: OpenedPlan) {
    if (opened.storageFailed) this.unsaved.set(opened.id, opened);
    else await opened.close();
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
    const stored = kept ? { doc: kept.doc } : this.persistent ? await import('./storedDoc.ts').then(({ readStoredDoc }) => readStoredDoc(planDbName(id))).catch(() => undefined) : undefined;
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
    await this.unsaved.get(id)?.close();
    this.unsaved.delete(id);
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

  /** Stores a plan under `id` (a database of its own, or memory); false when storage refused it. */
  async store(id: string, plan: Plan, progress: readonly string[]): Promise<boolean> {
    const doc = new Y.Doc();
    if (!this.persistent) {
      fillDoc(doc, plan, progress);
      this.memory.set(id, { doc, sync: new TabSync(planDbName(id), doc) });
      return true;
    }
    const storage = new DocStorage(planDbName(id), doc);
    if (!(await storage.opened)) {
      await storage.destroy();
      return false;
    }
    if (isEmptyPlanDoc(doc)) fillDoc(doc, plan, progress);
    void storage.set(UPDATED_AT, this.now().toISOString()).catch(() => undefined);
    const ok = await storage.settled();
    await storage.destroy();
    return ok;
  }
}

function newPlanId(taken: ReadonlySet<string>): string {
  for (;;) {
    const id = `p${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
    if (!taken.has(id)) return id;
  }
}
