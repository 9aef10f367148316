// The share-link dialog's state, and opening a plan from a link in the address bar.
import { create } from 'zustand';
import { isolate } from '../../model/bidi.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { notify, openAsNewPlan, openReadOnly, switchPlan, useSession, whenLibraryOpen } from '../../store/session.ts';
import { useView } from '../../store/view.ts';
import { linkLengthWarning, planLinkUrl } from '../../share/link.ts';
import { openWithProgress } from './opening.ts';

interface ShareState {
  url: string | undefined;
  warning: string | undefined;
}

export const useShare = create<ShareState>()(() => ({ url: undefined, warning: undefined }));

/** Makes the link (the link format is part of the first paint's script: a share link is read at start, app/smallLink.ts). */
export async function openShareDialog() {
  const { plan } = usePlanStore.getState();
  const url = planLinkUrl(plan, `${location.origin}${location.pathname}`);
  useShare.setState({ url, warning: linkLengthWarning(url) });
}

export const closeShareDialog = () => useShare.setState({ url: undefined, warning: undefined });

/** If the address carries a plan, show it read-only; a bad link says why and changes nothing. */
export async function openPlanFromAddress(): Promise<boolean> {
  if (!location.hash.includes('plan=')) return false;
  const result = await openWithProgress('the shared plan', { kind: 'link', url: location.hash }, (plan) => openReadOnly(plan));
  if (!result.ok) {
    notify(`${result.message} Your own plans are unchanged.`, 'error');
    return false;
  }
  useView.getState().requestFit();
  return true;
}

function clearAddress() {
  history.replaceState(null, '', `${location.pathname}${location.search}`);
}

/** A copy being made (the plan library may still be opening). */
let copying = false;

/** "Open a copy to edit": the shared plan joins the user's plans; nothing of theirs is overwritten. */
export async function copySharedPlan() {
  // The plan library may still be opening: a second click meanwhile makes no second copy.
  if (copying) return;
  const { plan } = usePlanStore.getState();
  copying = true;
  try {
    await openAsNewPlan(plan);
  } catch (error) {
    // The shared plan stays open and its link stays in the address bar, to try again or save it as a file.
    notify(`A copy could not be made (${(error as Error).message}). The shared plan is still open: File > Export plan JSON keeps it as a file.`, 'error');
    return;
  } finally {
    copying = false;
  }
  clearAddress();
  notify(`“${isolate(plan.name)}” is now one of your plans. Edits are saved in this browser.`, 'success');
}

/**
 * Leave the shared plan and go back to the user's last plan (`fallback` when there is none). Waits
 * for the plan library, which opens after a shared plan is painted; if it cannot open, the shared
 * plan stays open and the user is told.
 */
export async function closeSharedPlan(fallback: () => Promise<unknown>) {
  try {
    await whenLibraryOpen();
  } catch (error) {
    notify(`Your plans could not be opened (${(error as Error).message}). The shared plan is still open.`, 'error');
    return;
  }
  clearAddress();
  const last = [...useSession.getState().entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0];
  if (last && (await switchPlan(last.id))) return;
  await fallback().catch((error: unknown) => notify(`No plan could be opened (${(error as Error).message}).`, 'error'));
}
