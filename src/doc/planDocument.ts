// One plan as a shared document: the Y.Doc, the plan derived from it, and undo of local edits.
// Pure (no DOM): persistence and providers attach to `doc` from outside, in a tab or a server.
import * as Y from 'yjs';
import type { Plan } from '../model/index.ts';
import { layoutDelta } from '../model/positions.ts';
import { writePlanChange, writeWholePlan } from './bind.ts';
import { PlanDeriver } from './derive.ts';
import { EditHistory } from './history.ts';
import { LOAD_ORIGIN, planTypeList, planTypes, progressMap, type SharedType } from './shape.ts';

export { LOAD_ORIGIN };

export interface PlanDocumentEvents {
  /** The plan changed by anything but `apply`: another replica, undo, redo, a load. */
  plan: (plan: Plan) => void;
  history: () => void;
  progress: () => void;
}

export class PlanDocument {
  readonly doc: Y.Doc;
  /** Origin of this replica's own edits: the only one undo tracks. */
  readonly localOrigin = { local: true };
  private readonly deriver: PlanDeriver;
  private readonly history: EditHistory;
  private current: Plan;
  private applying = false;
  private readonly listeners: { [K in keyof PlanDocumentEvents]: Set<PlanDocumentEvents[K]> } = {
    plan: new Set(),
    history: new Set(),
    progress: new Set(),
  };

  constructor(doc: Y.Doc = new Y.Doc()) {
    this.doc = doc;
    this.deriver = new PlanDeriver(planTypes(doc));
    this.current = this.deriver.derive();
    this.history = new EditHistory(planTypeList(doc), this.localOrigin, () => this.emit('history'));
    doc.on('afterTransaction', this.onTransaction);
  }

  /** A new document holding `plan` (not undoable: it is where history starts). */
  static fromPlan(plan: Plan, doc: Y.Doc = new Y.Doc()): PlanDocument {
    doc.transact(() => writeWholePlan(planTypes(doc), plan), LOAD_ORIGIN);
    return new PlanDocument(doc);
  }

  get plan(): Plan {
    return this.current;
  }

  /**
   * Applies a plan a pure edit returned: its difference from the current plan, as one transaction.
   * Returns the plan derived from the document afterwards. `series` merges undo steps (nudges).
   */
  apply(next: Plan, series?: string): Plan {
    if (next === this.current) return next;
    this.history.beforeEdit(series);
    this.applying = true;
    const delta = next.layout && layoutDelta(this.current.layout, next.layout);
    this.deriver.expected = delta ? { base: this.current.layout, layout: next.layout!, delta } : undefined;
    try {
      this.doc.transact(() => writePlanChange(planTypes(this.doc), this.current, next), this.localOrigin);
    } finally {
      this.applying = false;
      this.deriver.expected = undefined;
    }
    return this.current;
  }

  undo() {
    this.history.undo();
  }

  redo() {
    this.history.redo();
  }

  get canUndo() {
    return this.history.canUndo;
  }

  get canRedo() {
    return this.history.canRedo;
  }

  /** Ids of the ticked deployment checklist steps. */
  progress(): string[] {
    return [...progressMap(this.doc).keys()].sort();
  }

  setProgress(stepId: string, done: boolean) {
    const map = progressMap(this.doc);
    this.doc.transact(() => (done ? map.set(stepId, true) : map.delete(stepId)), 'progress');
  }

  on<K extends keyof PlanDocumentEvents>(event: K, listener: PlanDocumentEvents[K]): () => void {
    this.listeners[event].add(listener);
    return () => this.listeners[event].delete(listener);
  }

  destroy() {
    this.doc.off('afterTransaction', this.onTransaction);
    this.history.destroy();
    this.deriver.destroy();
    for (const set of Object.values(this.listeners)) set.clear();
  }

  private emit<K extends keyof PlanDocumentEvents>(event: K, ...args: Parameters<PlanDocumentEvents[K]>) {
    for (const listener of this.listeners[event]) (listener as (...a: unknown[]) => void)(...args);
  }

  private readonly onTransaction = (tr: Y.Transaction) => {
    if (tr.changed.size === 0) return;
    if (tr.changed.has(progressMap(this.doc) as unknown as SharedType)) this.emit('progress');
    const next = this.deriver.derive();
    if (next === this.current) return;
    this.current = next;
    if (!this.applying) this.emit('plan', next);
  };
}
