import { expect, type Locator, type Page } from '@playwright/test';

/** A server card on the canvas, by computer name. */
export const server = (page: Page, name: string): Locator => page.locator(`.react-flow__node-server[aria-label^="Server ${name}:"]`);

export const paletteItem = (page: Page, label: string): Locator => page.getByRole('button', { name: `Add ${label}`, exact: true });

export const findingsPanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Findings' });

export const statusCounts = (page: Page): Locator => page.locator('.status-counts');

/** Opens the app on a fresh browser profile: it starts on the Figure 1 template. */
export async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
}

export async function openTemplate(page: Page, label: 'Figure 1' | 'Figure 2' | 'Figure 3' | 'Empty plan') {
  await page.getByRole('button', { name: 'Templates' }).click();
  await page.getByRole('menuitem', { name: new RegExp(`^${label}`) }).click();
  await expect(page.locator('.plan-title')).toContainText(label === 'Empty plan' ? 'Untitled' : label);
}

/** Drags a palette item onto a target (HTML5 drag and drop, as a user's mouse does). */
export async function dragFromPalette(page: Page, label: string, target: Locator, position?: { x: number; y: number }) {
  await paletteItem(page, label).dragTo(target, position ? { targetPosition: position } : {});
}

const reported = new WeakMap<Page, string[]>();

/**
 * Records every Content-Security-Policy violation (call before page.goto): the page's
 * securitypolicyviolation events, and the console lines the plan worker logs for its own.
 */
export async function watchSecurityPolicy(page: Page) {
  const lines: string[] = [];
  reported.set(page, lines);
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/i.test(m.text())) lines.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
}

export async function securityViolations(page: Page): Promise<string[]> {
  const events = await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  return [...events, ...(reported.get(page) ?? [])];
}
