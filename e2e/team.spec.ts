// Two people (two browser contexts) on one plan through the team server `npm run server`: edits
// both ways, presence, a viewer who cannot edit, and an edit made offline merged on reconnect.
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { dragFromPalette, expect, server, test } from './support.ts';
import { teamUrl } from './teamServer.ts';

const inspector = (page: Page) => page.getByTestId('inspector');
const teamStatus = (page: Page) => page.locator('.team-status');

/** A person with a browser profile of their own, on the team server's copy of the app. */
async function person(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: teamUrl, viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  return { context, page };
}

async function giveName(page: Page, name: string, color: string) {
  const dialog = page.getByRole('dialog', { name: 'How your team sees you' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel(color).check();
  await dialog.getByRole('button', { name: 'Continue' }).click();
}

/** Alice opens the app on the team server and shares Figure 1: the editor and viewer links. */
async function share(page: Page) {
  await page.goto('/');
  await expect(server(page, 'EX01')).toBeVisible();
  await page.getByRole('button', { name: 'Share with team' }).click();
  const dialog = page.getByRole('dialog', { name: 'Share with your team' });
  await expect(dialog).toContainText('Team server: this site');
  await dialog.getByRole('button', { name: 'Create room' }).click();
  await giveName(page, 'Alice Admin', 'Violet');
  const shared = page.getByRole('dialog', { name: 'Shared with your team' });
  const editor = await shared.getByLabel(/Editor link/).inputValue();
  const viewer = await shared.getByLabel(/Viewer link/).inputValue();
  expect(editor).toMatch(new RegExp(`^${teamUrl}/#room=[\\w-]{22,}&token=[\\w-]{22,}$`));
  expect(viewer).not.toBe(editor);
  await shared.getByRole('button', { name: 'Done' }).click();
  await expect(teamStatus(page)).toContainText('Live');
  return { editor, viewer };
}

async function join(page: Page, link: string, name: string, color: string) {
  await page.goto(link);
  await giveName(page, name, color);
  await expect(teamStatus(page)).toContainText('Live');
  // The token does not stay in the address bar.
  expect(page.url()).not.toContain('token=');
}

test.describe.configure({ timeout: 120_000 });

test('two people co-edit a plan live, see each other, and a viewer cannot edit', async ({ browser }) => {
  const alice = await person(browser);
  const links = await share(alice.page);
  const bob = await person(browser);
  await join(bob.page, links.editor, 'Bob Builder', 'Teal');
  await expect(bob.page.locator('.plan-title')).toHaveText(await alice.page.locator('.plan-title').innerText());

  // Edits both ways.
  await dragFromPalette(alice.page, 'Unified Messaging', server(alice.page, 'EDGE01'));
  await expect(server(bob.page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible({ timeout: 5000 });
  await server(bob.page, 'EX01').click();
  await inspector(bob.page).getByLabel('Server name').fill('EX42');
  await inspector(bob.page).getByLabel('Server name').press('Enter');
  await expect(server(alice.page, 'EX42')).toBeVisible({ timeout: 5000 });

  // Presence: who is here, what they selected, where their pointer is.
  await expect(alice.page.getByRole('button', { name: 'Bob Builder' })).toHaveText('BB');
  await expect(alice.page.locator('.presence-outline[data-person="Bob Builder"]')).toBeVisible();
  const bobSelected = await alice.page.locator('.presence-outline[data-person="Bob Builder"]').getAttribute('data-item');
  expect(bobSelected).toBe(await server(alice.page, 'EX42').getAttribute('data-id'));
  const box = (await bob.page.locator('.react-flow__pane').boundingBox())!;
  await bob.page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.7, { steps: 4 });
  await expect(alice.page.locator('.presence-pointer[data-person="Bob Builder"]')).toBeVisible();
  await expect(bob.page.getByRole('button', { name: 'Alice Admin' })).toBeVisible();

  // A viewer sees the plan live and cannot change it.
  const vera = await person(browser);
  await join(vera.page, links.viewer, 'Vera Viewer', 'Green');
  await expect(vera.page.getByRole('region', { name: 'Shared plan' })).toContainText('live with your team. Only editors can change it.');
  await expect(teamStatus(vera.page)).toContainText("View only");
  await expect(alice.page.getByRole('button', { name: 'Vera Viewer (viewing)' })).toBeVisible();
  await server(vera.page, 'EX42').click();
  await vera.page.keyboard.press('Delete');
  await expect(vera.page.getByRole('button', { name: 'Undo' })).toBeDisabled();
  await expect(server(vera.page, 'EX42')).toBeVisible();
  await expect(inspector(vera.page).getByLabel('Server name')).toBeDisabled();
  await server(alice.page, 'EDGE01').click();
  await alice.page.keyboard.press('Delete');
  await expect(server(vera.page, 'EDGE01')).toHaveCount(0, { timeout: 5000 });
  await expect(server(bob.page, 'EDGE01')).toHaveCount(0);
  for (const p of [alice, bob, vera]) await p.context.close();
});

test('an edit made offline merges when the connection is back', async ({ browser }) => {
  const alice = await person(browser);
  const links = await share(alice.page);
  const bob = await person(browser);
  await join(bob.page, links.editor, 'Bob Builder', 'Teal');

  await bob.context.setOffline(true);
  await expect(teamStatus(bob.page)).toContainText('Offline');
  await expect(bob.page.locator('.status-save')).toHaveText('Saved in this browser; shared when the team server is back');
  await server(bob.page, 'EX01').click();
  await inspector(bob.page).getByLabel('Server name').fill('EXOFF');
  await inspector(bob.page).getByLabel('Server name').press('Enter');
  await dragFromPalette(alice.page, 'Unified Messaging', server(alice.page, 'EDGE01'));
  await alice.page.waitForTimeout(500);
  await expect(server(alice.page, 'EXOFF')).toHaveCount(0);
  await expect(server(bob.page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toHaveCount(0);

  await expect(alice.page.getByRole('button', { name: 'Bob Builder' })).toHaveCount(0);
  await bob.context.setOffline(false);
  await expect(teamStatus(bob.page)).toContainText('Live', { timeout: 15_000 });
  await expect(alice.page.getByRole('button', { name: 'Bob Builder' })).toBeVisible({ timeout: 5000 });
  for (const page of [alice.page, bob.page]) {
    await expect(server(page, 'EXOFF')).toBeVisible({ timeout: 10_000 });
    await expect(server(page, 'EDGE01').locator('[data-role="UnifiedMessaging"]')).toBeVisible();
  }
  // Back later, Bob's plan list still has the team plan, and it reconnects on its own.
  await bob.page.reload();
  await expect(teamStatus(bob.page)).toContainText('Live');
  await expect(server(bob.page, 'EXOFF')).toBeVisible();
  // Leaving the room keeps the plan in Bob's browser, no longer shared.
  await teamStatus(bob.page).click();
  await bob.page.getByRole('dialog', { name: 'Shared with your team' }).getByRole('button', { name: 'Leave the room' }).click();
  await expect(teamStatus(bob.page)).toHaveCount(0);
  await expect(bob.page.locator('.status-save')).toHaveText('Saved in this browser');
  await expect(alice.page.getByRole('button', { name: 'Bob Builder' })).toHaveCount(0);
  for (const p of [alice, bob]) await p.context.close();
});

test('a team link that is incomplete, or whose token is wrong, is refused with a message', async ({ browser }) => {
  const alice = await person(browser);
  const links = await share(alice.page);
  const eve = await person(browser);
  await eve.page.goto('/#room=abc&token=def');
  await expect(eve.page.locator('.notices')).toContainText('This team link is incomplete: ask for it again. Your own plans are unchanged.');
  await expect(server(eve.page, 'EX01')).toBeVisible();
  await eve.page.goto(links.editor.replace(/token=[\w-]+/, `token=${'A'.repeat(32)}`));
  await giveName(eve.page, 'Eve', 'Orange');
  await expect(eve.page.locator('.notices')).toContainText('This link does not open a room on this server');
  await expect(teamStatus(eve.page)).toHaveCount(0);
  await eve.page.getByRole('button', { name: 'Plans', exact: true }).click();
  await expect(eve.page.getByRole('menuitem')).toHaveCount(2);
  for (const p of [alice, eve]) await p.context.close();
});
