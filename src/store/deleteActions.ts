// The delete commands (store/deleting.ts does the work, in the edit part: see store/actions.ts).
// The selection they act on is the one when they run, after any action still waiting for the part.
import { run } from './actions.ts';
import { usePlanStore } from './planStore.ts';

/** Deletes the items and what they contain; offers Undo when a container took contents with it. */
export const deleteItems = (ids: readonly string[]) => run((e) => e.deleteItems(ids));

export const deleteSelection = () => run((e) => e.deleteItems(usePlanStore.getState().selection));

/** Removes the sites and clusters (by default the selected ones); what they held stays where it is on screen. */
export const removeContainersKeepingContents = (ids?: readonly string[]) =>
  run((e) => e.removeContainersKeepingContents(ids ?? usePlanStore.getState().selection));
