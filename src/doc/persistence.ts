// A document kept in IndexedDB by y-indexeddb, with what y-indexeddb leaves unsaid made visible: a
// write that fails (the disk or the quota is full, the database went away) is reported, and the
// whole state is stored again once writing works, so a missed update can never leave a gap. Writes
// happen after the edit is painted (afterPaint.ts), several quick edits as one. What is not
// confirmed stored when the page goes away is kept until the document next opens (unsaved.ts).
import * as Y from 'yjs';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import { DeferredUpdates } from './afterPaint.ts';
import { forgetAllUnsaved, forgetEntries, forgetUnsaved, keepUnsaved, readUnsaved, whenLeaving } from './unsaved.ts';

export type SaveStatus = { ok: true } | { ok: false; error: unknown };

/** How long after a failed write the whole state is tried again. */
const RETRY_MS = 4000;
/** Opening a database that never answers (a broken profile) counts as failing after this. */
const OPEN_TIMEOUT_MS = 4000;

/** Key in y-indexeddb's "custom" store: when the plan was last saved, for rebuilding the list. */
export const UPDATED_AT = 'updatedAt';

export class DocStorage extends IndexeddbPersistence {
  private failure: unknown = undefined;
  private pending = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private trimTimer: ReturnType<typeof setTimeout> | undefined;
  private idle: (() => void)[] = [];
  private readonly later = new DeferredUpdates((update) => this.store(update));
  /** Updates written but not yet confirmed stored. */
  private readonly unconfirmed = new Set<Uint8Array>();
  /** Set while this tab keeps unconfirmed updates in unsaved.ts: forgotten once they are stored. */
  private kept = false;
  private readonly stopLeaving = whenLeaving(() => this.keepUnconfirmed());
  /** Resolves true once the stored state is loaded into the document, false if the database cannot open. */
  readonly opened: Promise<boolean>;

  constructor(
    name: string,
    doc: Y.Doc,
    private readonly onStatus: (status: SaveStatus) => void = () => {},
    /** Store each update after the edit is painted (a plan); false: at once (the small plan list). */
    deferred = true,
  ) {
    super(name, doc);
    doc.off('update', this._storeUpdate);
    this._storeUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin === this || this._destroyed) return;
      if (deferred) this.later.push(update);
      else this.store(update);
    };
    doc.on('update', this._storeUpdate);
    this.opened = new Promise<boolean>((resolve) => {
      const timer = setTimeout(() => resolve(false), OPEN_TIMEOUT_MS);
      void this.whenSynced.then(() => {
        clearTimeout(timer);
        this.restoreUnsaved();
        resolve(true);
      });
      this._db.catch((error: unknown) => {
        clearTimeout(timer);
        this.fail(error);
        resolve(false);
      });
    });
  }

  get failed(): boolean {
    return this.failure !== undefined;
  }

  /** Waits for every write under way; true when all of them were stored. */
  async settled(): Promise<boolean> {
    if (!(await this.opened)) return false;
    this.later.flush();
    if (this.pending > 0) await new Promise<void>((done) => this.idle.push(done));
    return this.failure === undefined;
  }

  override destroy(): Promise<void> {
    this.later.close();
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    clearTimeout(this.trimTimer);
    // Closed on purpose (the plan was deleted, the tab goes): nothing here is failing any more.
    if (this.failure !== undefined) {
      this.failure = undefined;
      this.onStatus({ ok: true });
    }
    for (const done of this.idle.splice(0)) done();
    // Writes under way finish (the database closes after them); kept if the page goes first.
    if (this.unconfirmed.size === 0) this.stopLeaving();
    return super.destroy().catch(() => undefined);
  }

  /** Edits a page that went away could not confirm stored: put back into the document, and stored. */
  private restoreUnsaved() {
    try {
      const unsaved = readUnsaved(this.name);
      if (!unsaved || this._destroyed) return;
      Y.applyUpdate(this.doc, unsaved.update, this);
      this.write(unsaved.update, [], () => forgetEntries(unsaved.entries));
    } catch (error) {
      // Kept edits that cannot be put back never stop the plan from opening.
      console.warn('Edits kept from a page that closed could not be restored', error);
    }
  }

  /** The page may go away: what is not confirmed stored is kept (false: it could not be). */
  private keepUnconfirmed(): boolean {
    this.later.flush();
    // Writes failing: the whole document is what may be missing.
    const failing = this.failure !== undefined && !this._destroyed;
    if (!failing && this.unconfirmed.size === 0) return true;
    const kept = keepUnsaved(this.name, failing ? [Y.encodeStateAsUpdate(this.doc)] : [...this.unconfirmed]);
    this.kept ||= kept;
    return kept;
  }

  private store(update: Uint8Array) {
    if (this._destroyed) return;
    if (this.failure !== undefined) this.scheduleRetry();
    else if (this.db) this.write(update);
  }

  /** Writes `data`, which holds `covers` too (the whole state covers every update before it). */
  private write(data: Uint8Array, covers: Uint8Array[] = [], onStored?: () => void) {
    this.pending++;
    this.unconfirmed.add(data);
    const finish = (error?: unknown) => {
      this.pending--;
      if (error === undefined) {
        this.confirm([data, ...covers]);
        onStored?.();
        this.stored();
      } else this.fail(error);
      if (this.pending === 0) for (const done of this.idle.splice(0)) done();
    };
    try {
      const tx = this.db!.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').add(data);
      // Committed now rather than after this page's next task: a page that goes away never runs it.
      tx.commit?.();
      tx.oncomplete = () => finish();
      tx.onabort = () => finish(tx.error ?? new Error('the write was aborted'));
    } catch (error) {
      finish(error);
    }
  }

  private confirm(updates: Uint8Array[]) {
    for (const update of updates) this.unconfirmed.delete(update);
    // A retry still due will store edits made since the last failure: kept until it has.
    if (this.unconfirmed.size > 0 || this.retryTimer !== undefined) return;
    if (this.kept) forgetUnsaved(this.name);
    this.kept = false;
    if (this._destroyed) this.stopLeaving();
  }

  private stored() {
    if (this.failure !== undefined) {
      this.failure = undefined;
      this.onStatus({ ok: true });
    }
    // As y-indexeddb does: past a few hundred updates, merge them into one.
    if (++this._dbsize >= PREFERRED_TRIM_SIZE && this.trimTimer === undefined)
      this.trimTimer = setTimeout(() => {
        this.trimTimer = undefined;
        if (!this._destroyed) storeState(this, false).catch(() => undefined);
      }, this._storeTimeout);
  }

  private fail(error: unknown) {
    const first = this.failure === undefined;
    this.failure = error ?? new Error('storage failed');
    if (first) this.onStatus({ ok: false, error: this.failure });
    this.scheduleRetry();
  }

  private scheduleRetry() {
    if (this.retryTimer !== undefined || this._destroyed) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this._destroyed || !this.db) return;
      this.write(Y.encodeStateAsUpdate(this.doc), [...this.unconfirmed]);
    }, RETRY_MS);
  }
}

/** Why this browser cannot keep documents in IndexedDB, or undefined when it can. */
export async function indexedDbProblem(): Promise<unknown> {
  if (typeof indexedDB === 'undefined' || indexedDB === null) return new Error('IndexedDB is not available');
  return new Promise<unknown>((resolve) => {
    const timer = setTimeout(() => resolve(new Error('IndexedDB did not answer')), OPEN_TIMEOUT_MS);
    try {
      const request = indexedDB.open('etd-probe');
      request.onsuccess = () => {
        clearTimeout(timer);
        request.result.close();
        resolve(undefined);
      };
      request.onerror = () => {
        clearTimeout(timer);
        resolve(request.error ?? new Error('IndexedDB refused to open'));
      };
    } catch (error) {
      clearTimeout(timer);
      resolve(error);
    }
  });
}

/** Names of the databases this origin has (empty where the browser cannot list them). */
export async function storedNames(): Promise<string[]> {
  try {
    const list = await indexedDB.databases();
    return list.map((d) => d.name).filter((n): n is string => typeof n === 'string');
  } catch {
    return [];
  }
}

/** Whether this browser can list its databases (Firefox before 126 cannot). */
export const canListStored = () => typeof indexedDB !== 'undefined' && typeof indexedDB.databases === 'function';

export async function deleteStoredDoc(name: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    forgetAllUnsaved(name);
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
  });
}
