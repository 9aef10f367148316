// A plan open in one tab: its document, with its storage and its tab sync while it stays open.
import type { DocStorage } from './persistence.ts';
import { UPDATED_AT } from './persistence.ts';
import type { PlanDocument } from './planDocument.ts';
import type { TabSync } from './tabSync.ts';

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
