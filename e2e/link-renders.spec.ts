// A link on the canvas is drawn again only when what it draws changed: its route, look, or the box
// of a card at either end (src/canvas/edges/sameLink.ts). Renders are counted as React's developer
// tools see them (e2e/renders.ts).
import type { Page } from '@playwright/test';
import { countLinkRenders, linkRenders, resetLinkRenders } from './renders.ts';
import { dragFromPalette, expect, openTemplate, server, test } from './support.ts';

/** The renders once the page has settled (two reads a moment apart agree). */
async function settledRenders(page: Page) {
  let last = '';
  await expect
    .poll(async () => {
      const now = JSON.stringify(await linkRenders(page));
      const same = now === last;
      last = now;
      return same;
    }, { intervals: [400] })
    .toBe(true);
  return JSON.parse(last) as Awaited<ReturnType<typeof linkRenders>>;
}

test('selecting a card redraws no link; a role added to a server redraws only the links at that server', async ({ page }) => {
  await countLinkRenders(page);
  await page.goto('/');
  await openTemplate(page, 'Figure 3');
  const hub = server(page, 'HUB01');
  await expect(hub).toBeVisible();
  expect((await settledRenders(page)).total).toBeGreaterThan(0);

  await resetLinkRenders(page);
  await hub.click();
  await expect(hub).toHaveClass(/selected/);
  expect(await settledRenders(page)).toEqual({ total: 0, byId: {} });

  // The role makes the card taller: its two links (the firewall's, the witness's) follow its box.
  await resetLinkRenders(page);
  const height = (await hub.boundingBox())!.height;
  await dragFromPalette(page, 'Client Access', hub);
  await expect(hub.locator('[data-role="ClientAccess"]')).toBeVisible();
  expect((await hub.boundingBox())!.height).toBeGreaterThan(height);
  const renders = await settledRenders(page);
  expect(Object.keys(renders.byId).sort()).toEqual(['firewall-hub', 'witness:cms01']);
});
