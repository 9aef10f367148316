// Start-up: restore the user's last plan (or open Figure 1 the first time), start autosave, and
// show a plan carried by the address (#plan=...) read-only on top.
import { templateById } from '../templates/index.ts';
import { restoreSession, startAutosave } from '../store/session.ts';
import { openPlanFromAddress } from '../panels/share/shareState.ts';
import { applyStoredTheme, installThemeCss } from './theme.ts';

export function boot() {
  installThemeCss();
  applyStoredTheme();
  restoreSession(() => templateById('figure-1')!.plan);
  startAutosave();
  openPlanFromAddress();
  window.addEventListener('hashchange', () => openPlanFromAddress());
}
