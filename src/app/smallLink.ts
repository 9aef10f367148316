// A page opened on the share link of a small plan (#plan=…) reads it as soon as the app's script has
// run: the link's reader (linkAtStart.ts, with the link format and its inflate, ~9 KB gzip) is part
// of the first paint's script. Fetched as a part of its own once that script ran, it often arrived
// after the script's evaluation, and the shared plan waited for it. A large link is opened after
// start-up by the plan worker (boot.ts). Any other start asks for the plan library's code as this
// module runs: it opens the user's own plan first (a shared plan's page opens it after painting).
import { hasRoomFragment } from '../doc/teamProtocol.ts';
import { libraryCode } from '../doc/libraryCode.ts';

/** Up to this many characters a plan link is read at start (linkAtStart.ts; Figure 3's has about 2,000). */
const SMALL_LINK_CHARS = 20_000;

/** Whether the address carries a plan small enough to read on the main thread at start. */
export const isSmallPlanLink = (hash: string) =>
  !hasRoomFragment(hash) && hash.includes('plan=') && hash.length <= SMALL_LINK_CHARS;

/** Whether the page opened on a small plan's link (read at start, before anything else is opened). */
export const smallLinkAtStart = typeof location !== 'undefined' && isSmallPlanLink(location.hash);

// Handled where the library opens (store/session.ts).
if (!smallLinkAtStart && typeof location !== 'undefined') libraryCode().catch(() => undefined);
