// The page's theme as <html data-theme> has it: painted canvases read their colors from CSS
// variables, so they repaint once the attribute (and with it the variables) has changed.
import { useSyncExternalStore } from 'react';

function subscribe(changed: () => void) {
  const observer = new MutationObserver(changed);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

const current = () => document.documentElement.dataset.theme ?? 'light';

export function usePageTheme(): string {
  return useSyncExternalStore(subscribe, current, () => 'light');
}
