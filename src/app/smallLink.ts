// A page opened on the share link of a small plan (#plan=…) asks for the link's reader before the
// rest of the app's script has run (main.tsx imports this module first), so the reader has arrived
// by the time start-up reads the link instead of being fetched only then. A large link is opened
// after start-up by the plan worker (boot.ts). Any other start asks for the plan library's code
// the same way: it opens the user's own plan first (a shared plan's page opens it after painting).
import { hasRoomFragment } from '../doc/teamProtocol.ts';
import { libraryCode } from '../doc/libraryCode.ts';

/** Up to this many characters a plan link is read at start (linkAtStart.ts; Figure 3's has about 2,000). */
const SMALL_LINK_CHARS = 20_000;

/** Whether the address carries a plan small enough to read on the main thread at start. */
export const isSmallPlanLink = (hash: string) =>
  !hasRoomFragment(hash) && hash.includes('plan=') && hash.length <= SMALL_LINK_CHARS;

/** The link's reader, requested as this module runs; undefined when the address carries no small plan. */
export const linkReaderAtStart =
  typeof location !== 'undefined' && isSmallPlanLink(location.hash) ? import('./linkAtStart.ts') : undefined;
// Handled where boot.ts reads the link; a failed fetch must not be reported as unhandled before that.
linkReaderAtStart?.catch(() => undefined);
// Handled where the library opens (store/session.ts).
if (!linkReaderAtStart && typeof location !== 'undefined') libraryCode().catch(() => undefined);
