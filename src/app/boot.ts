// Start-up: open the plan library (moving plans of earlier versions across once), restore the
// user's last plan (or open Figure 1 the first time), and show a plan carried by the address
// (#plan=...) read-only on top, or join the team room a link names (#room=...&token=...). A small
// plan's link is read at once and is the only plan drawn: nothing is restored, and the library
// opens after the shared plan is painted (the first frame is the shared plan either way).
import { firstPlanLater } from '../templates/later.ts';
import { notify, openReadOnly, startSession } from '../store/session.ts';
import { openPlanFromAddress } from '../panels/share/shareState.ts';
import { startTeam } from '../store/team.ts';
import { hasRoomFragment } from '../doc/teamProtocol.ts';
import { applyStoredTheme, installThemeCss } from './theme.ts';
import { smallLinkAtStart } from './smallLink.ts';
import { openLinkAtStart } from './linkAtStart.ts';
import { firstPaint } from './firstPaint.tsx';

/** Opens the small plan the address carries, at once (false: none shown). */
function openSmallLink(): Promise<boolean> {
  try {
    return Promise.resolve(openLinkAtStart());
  } catch (error) {
    // The user's own plan opens instead, and they are told why the shared one did not.
    console.error('Exchange Topology Designer could not open the shared plan', error);
    notify(`The shared plan could not be opened (${(error as Error).message}). Your own plans are unchanged.`, 'error');
    return Promise.resolve(false);
  }
}

// A link names a team room (#room=…&token=…) or carries a plan (#plan=…), never both. The sharing
// code loads only when an address names a room.
const joinRoom = () => import('../store/teamShare.ts').then(({ joinRoomFromAddress }) => joinRoomFromAddress());
const fromAddress = () => (hasRoomFragment(location.hash) ? joinRoom() : openPlanFromAddress());
const listenToAddress = () => window.addEventListener('hashchange', () => void fromAddress());

/** Resolves when the first plan can be drawn: a small link's plan once shown, otherwise the user's own once restored. */
export async function boot(): Promise<void> {
  installThemeCss();
  applyStoredTheme();
  const first = firstPlanLater;
  // A small plan's link is read at once; shown, it is what the page opens on.
  const atStart = smallLinkAtStart;
  const shared = atStart ? openSmallLink() : Promise.resolve(false);
  // Under a shared plan the library (IndexedDB, not on screen) opens once the plan is painted.
  const libraryWhen = shared.then((shown) => (shown ? firstPaint : undefined));
  const started = startSession(first, shared, libraryWhen)
    .catch(async (error: unknown) => {
      // The library itself failed to open: work goes on with Figure 1, unsaved, and the user is told.
      console.error('Exchange Topology Designer could not open the plan library', error);
      if (!(await shared)) openReadOnly(await first());
      notify(`Your saved plans could not be opened (${(error as Error).message}). Reload to try again.`, 'error');
    })
    .then(() => {
      startTeam();
      if (atStart) return;
      void fromAddress();
      listenToAddress();
    });
  // Under a shared plan, a link pasted later is opened from the moment that plan is shown, not only
  // once the library has opened after it.
  if (atStart) void shared.then(listenToAddress);
  await Promise.race([started, shared.then((shown) => (shown ? undefined : started))]);
}
