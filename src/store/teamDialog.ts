// Whether the Share with team and identity dialogs are open: a store of its own, so that the top
// bar and the dialogs' loader need not load the sharing code (teamShare.ts) before it is used.
import { create } from 'zustand';
import type { Identity } from './identity.ts';

interface TeamDialogState {
  /** The Share with team dialog is open. */
  open: boolean;
  /** Someone must give a name and color before going on (resolved by the dialog). */
  askingIdentity: ((identity: Identity | undefined) => void) | undefined;
  /** What the identity dialog starts from (changing a name already given). */
  identityDraft: Identity | undefined;
  /** The page is served by a team server (its own origin), once known. */
  sameOrigin: boolean | undefined;
}

export const useTeamDialog = create<TeamDialogState>()(() => ({ open: false, askingIdentity: undefined, identityDraft: undefined, sameOrigin: undefined }));

export const openTeamDialog = () => {
  useTeamDialog.setState({ open: true });
  void import('./teamShare.ts').then(({ detectSameOrigin }) => detectSameOrigin());
};
export const closeTeamDialog = () => useTeamDialog.setState({ open: false });
