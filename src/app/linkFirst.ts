// A small share link's plan, read by a script of its own (vite.config.ts, readLinkFirst): the page
// names it as an async module beside the app's, so it runs as soon as it and its few imports (the
// link's reader, the plan schema, zod, fflate: about a sixth of the first paint's script) have
// arrived, while React, React Flow and the app's own code are still streaming in and compiling.
// The reading (inflate, JSON, zod's checks: 5-8 ms) and the schema's construction leave the app's
// evaluation, which the drawn plan waits for. The app imports this module too, and a module runs
// once per page: if the app's scripts are ready first, it runs inside their evaluation, as before.
import { hasRoomFragment } from '../doc/teamProtocol.ts';
import { decodePlanLink, type LinkResult } from '../share/link.ts';
import { routeEarly, validateEarly } from './linkEarly.ts';
import { openStorageEarly } from './storageFirst.ts';

/** Up to this many characters a plan link is read at start (linkAtStart.ts; Figure 3's has about 2,000). */
const SMALL_LINK_CHARS = 20_000;

/** Whether the address carries a plan small enough to read on the main thread at start. */
export const isSmallPlanLink = (hash: string) =>
  !hasRoomFragment(hash) && hash.includes('plan=') && hash.length <= SMALL_LINK_CHARS;

/** Whether the page opened on a small plan's link (read at start, before anything else is opened). */
export const smallLinkAtStart = typeof location !== 'undefined' && isSmallPlanLink(location.hash);

type Read = { hash: string } & ({ result: LinkResult } | { error: unknown });

function read(hash: string): Read {
  const start = performance.now();
  try {
    return { hash, result: decodePlanLink(hash) };
  } catch (error) {
    // Thrown when asked for (linkAtStart.ts), where start-up reports it: a module that threw would stop the app.
    return { hash, error };
  } finally {
    performance.measure('etd:link-read', { start, end: performance.now() });
  }
}

let early: Read | undefined = smallLinkAtStart ? read(location.hash) : undefined;
// The plan's routes and findings too, while the app's scripts are still on their way (linkEarly.ts).
if (early && 'result' in early && early.result.ok) {
  routeEarly(early.result.plan);
  validateEarly(early.result.plan);
}

// Any start: the app's evaluation reads the UI state from localStorage (storageFirst.ts).
openStorageEarly();

/** The address's plan link, read (read again if the address changed since the page opened). */
export function readLinkAtStart(): LinkResult {
  const done = early?.hash === location.hash ? early : read(location.hash);
  early = undefined;
  if ('error' in done) throw done.error;
  return done.result;
}
