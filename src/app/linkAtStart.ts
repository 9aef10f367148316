// A page that starts on the share link of a small plan (#plan=…) opens that plan first, and only
// that plan: the plan open last time is not restored and drawn before it. Part of the first paint's
// script (app/smallLink.ts); the link is read here, on the main thread (a worker would take longer
// to start than the reading; the reading itself usually happened before the app's script ran,
// linkFirst.ts). A large link is opened after start-up by the plan worker, its progress shown over
// the user's plan (panels/share/opening.ts).
import { notify, openReadOnly } from '../store/session.ts';
import { useView } from '../store/view.ts';
import { seedFindings } from '../store/findings.ts';
import { foundEarly } from './linkEarly.ts';
import { readLinkAtStart } from './linkFirst.ts';

/** Shows the plan the address carries, read-only; a bad link says why and changes nothing. */
export function openLinkAtStart(): boolean {
  const started = performance.now();
  const result = readLinkAtStart();
  if (!result.ok) {
    notify(`${result.message} Your own plans are unchanged.`, 'error');
    return false;
  }
  // Validated by the early script (linkEarly.ts): not again in the first render.
  const found = foundEarly(result.plan);
  if (found) seedFindings(result.plan, found);
  openReadOnly(result.plan);
  useView.getState().requestFit();
  // The plan's opening, with the link's reading only when it was not read before the app's script ran (etd:link-read).
  performance.measure('etd:link', { start: started, end: performance.now() });
  return true;
}
