// A page that starts on the share link of a small plan (#plan=…) opens that plan first, and only
// that plan: the plan open last time is not restored and drawn before it. The link is read here,
// its reader fetched alongside the plan library (a worker would take longer to start than the
// reading). A large link is opened after start-up by the plan worker, its progress shown over the
// user's plan (panels/share/opening.ts).
import { notify, openReadOnly } from '../store/session.ts';
import { useView } from '../store/view.ts';
import type { LinkResult } from '../share/link.ts';

/** Up to this many characters a link is read on the main thread (Figure 3: about 2,000). */
export const SMALL_LINK_CHARS = 20_000;

/** Whether the address carries a plan; the same test as openPlanFromAddress. */
export const addressHasPlan = () => location.hash.includes('plan=');

/** Whether the address carries a plan small enough to be read at start (see above). */
export const smallLinkInAddress = () => addressHasPlan() && location.hash.length <= SMALL_LINK_CHARS;

/** Shows the small plan the address carries, read-only; a bad link says why and changes nothing. */
export async function openLinkAtStart(): Promise<boolean> {
  if (!smallLinkInAddress()) return false;
  const started = performance.now();
  let result: LinkResult;
  try {
    result = (await import('../share/link.ts')).decodePlanLink(location.hash);
  } catch (error) {
    result = { ok: false, message: `The link's reader could not be loaded (${(error as Error).message}).` };
  }
  if (!result.ok) {
    notify(`${result.message} Your own plans are unchanged.`, 'error');
    return false;
  }
  openReadOnly(result.plan);
  useView.getState().requestFit();
  performance.measure('etd:link', { start: started, end: performance.now() });
  return true;
}
