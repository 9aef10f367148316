// Start-up: restore the user's last plan (or open Figure 1 the first time), start autosave, and
// show a plan carried by the address (#plan=...) read-only on top.
import { templateById } from '../templates/index.ts';
import { restoreSession, startAutosave } from '../store/session.ts';
import { openPlanFromAddress } from '../panels/share/shareState.ts';

export function boot() {
  restoreSession(() => templateById('figure-1')!.plan);
  startAutosave();
  void openPlanFromAddress();
  window.addEventListener('hashchange', () => void openPlanFromAddress());
}
