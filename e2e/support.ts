import { test as base, expect, type Locator, type Page } from '@playwright/test';

export { expect };

/**
 * Every journey imports `test` from here: it fails when the page logs a console error, throws an
 * uncaught exception (NaN attributes, failed requests, React warnings) or breaks its
 * Content-Security-Policy, on any page of the test.
 * A test that provokes an error on purpose lists it in `allowedConsoleErrors`.
 */
export const test = base.extend<{ allowedConsoleErrors: RegExp[]; consoleErrors: string[] }>({
  allowedConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ context, allowedConsoleErrors }, use, testInfo) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('console', (m) => {
          if (m.type() === 'error' && !allowedConsoleErrors.some((r) => r.test(m.text()))) errors.push(`console.error: ${m.text()}`);
        });
        page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      // A Content-Security-Policy violation fails the test too: the page reports it as an event,
      // not on the console (the plan worker logs its own, see app/workerViolations.ts).
      await context.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`Content Security Policy violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
        ),
      );
      await use(errors);
      if (testInfo.status === testInfo.expectedStatus)
        expect(errors, 'the page logged errors to the console').toEqual([]);
    },
    { auto: true },
  ],
});

/** A server card on the canvas, by computer name. */
export const server = (page: Page, name: string): Locator => page.locator(`.react-flow__node-server[aria-label^="Server ${name}:"]`);

export const paletteItem = (page: Page, label: string): Locator => page.getByRole('button', { name: `Add ${label}`, exact: true });

export const findingsPanel = (page: Page): Locator => page.getByRole('complementary', { name: 'Findings' });

export const statusCounts = (page: Page): Locator => page.locator('.status-counts');

/**
 * Opens the app on a fresh browser profile: it starts on the Figure 1 template. (A plan fitted
 * below the detail zoom is drawn by one layer, not as cards: either shows the diagram is there.)
 */
export async function openApp(page: Page) {
  await page.goto('/');
  await expect(page.locator('.react-flow__node, canvas.plan-layer').first()).toBeVisible();
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

/** A tab of the View switch (Design, Deploy). */
export const viewTab = (page: Page, name: 'Design' | 'Deploy') => page.getByRole('tablist', { name: 'View' }).getByRole('tab', { name, exact: true });

/** Every item of the plan lies inside the visible canvas (once the view has settled). */
export async function expectFitted(page: Page) {
  const canvas = (await page.locator('.react-flow').boundingBox())!;
  await expect(async () => {
    for (const node of await page.locator('.react-flow__node-site, .react-flow__node-infrastructure').all()) {
      const b = (await node.boundingBox())!;
      expect(b.x).toBeGreaterThanOrEqual(canvas.x - 1);
      expect(b.y).toBeGreaterThanOrEqual(canvas.y - 1);
      expect(b.x + b.width).toBeLessThanOrEqual(canvas.x + canvas.width + 1);
      expect(b.y + b.height).toBeLessThanOrEqual(canvas.y + canvas.height + 1);
    }
  }).toPass({ timeout: 3_000 });
}
