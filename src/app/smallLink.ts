// A page opened on the share link of a small plan (#plan=…) reads it as soon as it can: the link's
// reader (linkAtStart.ts, linkFirst.ts, with the link format and its inflate, ~9 KB gzip) is part
// of the first paint's scripts, in a script of its own that runs before the app's (linkFirst.ts).
// Fetched as a part of its own once the app's script ran, it often arrived after that script's
// evaluation, and the shared plan waited for it. A large link is opened after start-up by the plan
// worker (boot.ts). Any other start asks for the plan library's code as this module runs: it opens
// the user's own plan first (a shared plan's page opens it after painting).
import { libraryCode } from '../doc/libraryCode.ts';
import { smallLinkAtStart } from './linkFirst.ts';

export { isSmallPlanLink, smallLinkAtStart } from './linkFirst.ts';

// Handled where the library opens (store/session.ts).
if (!smallLinkAtStart && typeof location !== 'undefined') libraryCode().catch(() => undefined);
