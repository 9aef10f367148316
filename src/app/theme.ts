// Light or dark: the user's choice (View > Theme), or the operating system's while the choice is
// "Like the system", followed live. Exports are not affected: they are light unless asked.
import { useEffect, useSyncExternalStore } from 'react';
import { themeCss } from '../theme/cssVariables.ts';
import { useUi } from './uiState.ts';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Adds the diagram's color variables to the page (once). */
export function installThemeCss() {
  if (document.getElementById('theme-tokens')) return;
  const style = document.createElement('style');
  style.id = 'theme-tokens';
  style.textContent = themeCss();
  document.head.append(style);
}

function subscribe(onChange: () => void) {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

const systemIsDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/** Before the first paint, so a dark page does not flash light. */
export function applyStoredTheme() {
  const choice = useUi.getState().theme;
  document.documentElement.dataset.theme = choice === 'system' ? (systemIsDark() ? 'dark' : 'light') : choice;
}

/** The theme in force, applied to the page as <html data-theme="...">. */
export function useTheme(): 'light' | 'dark' {
  const choice = useUi((s) => s.theme);
  const systemDark = useSyncExternalStore(subscribe, systemIsDark, () => false);
  const theme = choice === 'system' ? (systemDark ? 'dark' : 'light') : choice;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
