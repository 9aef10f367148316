import { expect, openApp, openTemplate, statusCounts, test } from './support.ts';

for (const figure of ['Figure 1', 'Figure 2', 'Figure 3'] as const) {
  test(`${figure} loads with no errors or warnings`, async ({ page }) => {
    await openApp(page);
    await openTemplate(page, figure);
    await expect(statusCounts(page)).toContainText('0 errors');
    await expect(statusCounts(page)).toContainText('0 warnings');
    await expect(page.locator('.react-flow__node-site')).not.toHaveCount(0);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await page.waitForTimeout(400);
    await page.screenshot({ path: `test-results/screenshots/${figure.replace(' ', '-').toLowerCase()}.png` });
    // Link labels are drawn above the cards, so none may sit on one.
    const cards = await page.locator('.react-flow__node-server, .react-flow__node-infrastructure').all();
    const cardBoxes = (await Promise.all(cards.map((c) => c.boundingBox()))).filter((b) => b !== null);
    for (const label of await page.locator('.edge-label').all()) {
      const l = (await label.boundingBox())!;
      const covered = cardBoxes.filter(
        (c) => l.x < c.x + c.width && c.x < l.x + l.width && l.y < c.y + c.height && c.y < l.y + l.height,
      );
      expect(covered, `"${await label.innerText()}" covers a card`).toHaveLength(0);
    }
  });
}

test('loading a template opens it as a new plan and keeps the old one', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 2');
  await page.getByRole('button', { name: 'Plans' }).click();
  await expect(page.locator('.plan-list li')).toHaveCount(2);
  await expect(page.locator('.plan-list')).toContainText('Figure 1');
  await expect(page.locator('.plan-list')).toContainText('Figure 2');
});
