// Start-up: restore the user's last plan (or open Figure 1 the first time) and start autosave.
import { templateById } from '../templates/index.ts';
import { restoreSession, startAutosave } from '../store/session.ts';

export function boot() {
  restoreSession(() => templateById('figure-1')!.plan);
  startAutosave();
}
