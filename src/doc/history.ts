// Undo of this replica's own edits: a Y.UndoManager tracking only the local origin, so changes that
// arrived from another tab or a server are never undone here. Every edit is its own step, except a
// series (arrow-key nudges of the same items) that continues within a short pause.
import * as Y from 'yjs';
import type { SharedType } from './shape.ts';

/** A pause longer than this between two edits of one series starts a new undo step. */
export const SERIES_GAP_MS = 1000;
/** Steps kept; older ones are forgotten (the document itself keeps everything). */
const MAX_STEPS = 500;

export class EditHistory {
  readonly manager: Y.UndoManager;
  private series: string | undefined;
  private lastEdit = 0;

  constructor(scope: SharedType[], localOrigin: object, onChange: () => void) {
    // Steps are cut by beforeEdit, never by time: a long timeout merges nothing on its own.
    this.manager = new Y.UndoManager(scope, { trackedOrigins: new Set([localOrigin]), captureTimeout: 2 ** 30 });
    this.manager.on('stack-item-added', () => {
      const stack = this.manager.undoStack;
      if (stack.length > MAX_STEPS) stack.splice(0, stack.length - MAX_STEPS);
      onChange();
    });
    this.manager.on('stack-item-popped', onChange);
    this.manager.on('stack-cleared', onChange);
  }

  /** Call before a local edit; `series` names edits that merge into one step (e.g. "nudge:ex01"). */
  beforeEdit(series: string | undefined, now = Date.now()): void {
    const continues = series !== undefined && series === this.series && now - this.lastEdit < SERIES_GAP_MS;
    if (!continues) this.manager.stopCapturing();
    this.series = series;
    this.lastEdit = now;
  }

  get canUndo() {
    return this.manager.undoStack.length > 0;
  }

  get canRedo() {
    return this.manager.redoStack.length > 0;
  }

  undo() {
    this.series = undefined;
    this.manager.undo();
  }

  redo() {
    this.series = undefined;
    this.manager.redo();
  }

  clear() {
    this.manager.clear();
  }

  destroy() {
    this.manager.destroy();
  }
}
