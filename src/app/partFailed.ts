// Code loaded on first use (later.tsx) can fail to arrive: the tab went offline, or the app was
// updated on its server since the page loaded. The user is told, instead of a click doing nothing.
import { notify } from '../store/toasts.ts';

export function partFailed(what: string): (error: unknown) => void {
  return (error) =>
    notify(`${what} could not be loaded (${error instanceof Error ? error.message : String(error)}). Check the connection, or reload the page.`, 'error');
}
