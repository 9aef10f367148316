// "Rename" asked for from outside a name (F2, a menu): the name it is meant for turns into a text
// box. Names on the canvas answer to their item's id, the plan's title to PLAN_NAME.
import { create } from 'zustand';

export const PLAN_NAME = '@plan';

interface RenameRequest {
  target: string | undefined;
  /** Counts requests, so asking twice for the same name opens it twice. */
  nonce: number;
}

export const useRenameRequest = create<RenameRequest>()(() => ({ target: undefined, nonce: 0 }));

export const requestRename = (target: string) => useRenameRequest.setState((s) => ({ target, nonce: s.nonce + 1 }));
