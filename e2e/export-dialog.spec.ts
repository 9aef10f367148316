import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, openApp, openTemplate, server, test } from './support.ts';

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Export' });

async function exportFile(page: Page): Promise<{ name: string; path: string }> {
  const button = dialog(page).getByRole('button', { name: /^Export (PDF|SVG|PNG)$/ });
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  await expect(dialog(page)).toBeHidden();
  return { name: file.suggestedFilename(), path };
}

test('File > Export… makes an A4 portrait vector PDF with selectable text and Inter embedded', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await page.getByRole('button', { name: 'File' }).click();
  await page.getByRole('menuitem', { name: 'Export…' }).click();
  await dialog(page).getByRole('radio', { name: 'PDF' }).check();
  await dialog(page).getByRole('radio', { name: 'A4' }).check();
  await dialog(page).getByRole('radio', { name: 'Portrait' }).check();
  await expect(dialog(page).getByRole('img', { name: 'Preview of the export' })).toBeVisible();
  await expect(dialog(page)).toContainText(/Fitted to the page at \d+%: body text prints at [\d.]+ pt/);
  const pdf = await exportFile(page);
  expect(pdf.name).toBe('Figure-3-Clustered-mailbox-server-A4-portrait.pdf');
  expect(execFileSync('pdfinfo', [pdf.path], { encoding: 'utf8' })).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
  const fonts = execFileSync('pdffonts', [pdf.path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
  expect(fonts.length).toBeGreaterThan(0);
  for (const line of fonts) expect(line).toMatch(/Inter\s.*\byes\b/);
  const text = execFileSync('pdftotext', [pdf.path, '-'], { encoding: 'utf8' });
  for (const words of ['Figure 3: Clustered mailbox server', 'CMS01', 'Client Access', 'Edge subscription']) expect(text).toContain(words);
  await expect(page.locator('.notice.success').last()).toContainText('Exported PDF');
});

test('one site as SVG at its drawing size, without findings, and the dialog remembers the choices', async ({ page }) => {
  await openApp(page);
  await openTemplate(page, 'Figure 3');
  await page.keyboard.press('Control+Shift+E');
  await dialog(page).getByRole('radio', { name: 'SVG' }).check();
  await dialog(page).getByRole('radio', { name: 'One site' }).check();
  await dialog(page).getByRole('combobox', { name: 'Site to export' }).selectOption({ label: 'Head office' });
  await dialog(page).getByRole('radio', { name: 'Drawing size' }).check();
  await dialog(page).getByRole('checkbox', { name: 'Finding badges and counts' }).uncheck();
  await expect(dialog(page)).toContainText('At the drawing’s own size');
  const svg = await readFile((await exportFile(page)).path, 'utf8');
  expect(svg).toContain('Figure 3: Clustered mailbox server — Head office');
  expect(svg).toContain('data-id="cms01"');
  expect(svg).not.toContain('data-id="edge01"');
  expect(svg).not.toContain('class="finding-badge"');
  expect(svg).not.toContain('class="count"');
  await page.keyboard.press('Control+Shift+E');
  await expect(dialog(page).getByRole('radio', { name: 'One site' })).toBeChecked();
  await expect(dialog(page).getByRole('checkbox', { name: 'Finding badges and counts' })).not.toBeChecked();
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog(page)).toBeHidden();
});

test('the selection as a PNG at 3x, and a dark SVG only when asked', async ({ page }) => {
  await openApp(page);
  await server(page, 'EX01').click();
  await server(page, 'EDGE01').click({ modifiers: ['Shift'] });
  await page.keyboard.press('Control+Shift+E');
  await dialog(page).getByRole('radio', { name: 'PNG' }).check();
  await dialog(page).getByRole('radio', { name: '3x' }).check();
  await dialog(page).getByRole('radio', { name: 'Selection (2)' }).check();
  await dialog(page).getByRole('radio', { name: 'Drawing size' }).check();
  const png = await readFile((await exportFile(page)).path);
  expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  expect(png.readUInt32BE(16) % 3).toBe(0); // IHDR width: the drawing's width times 3
  // The same choices as SVG: only the two servers (and the sites around them) are drawn.
  await page.keyboard.press('Control+Shift+E');
  await dialog(page).getByRole('radio', { name: 'SVG' }).check();
  const light = await readFile((await exportFile(page)).path, 'utf8');
  expect(light.match(/class="server"/g)).toHaveLength(2);
  expect(light).not.toContain('data-id="dc01"');
  expect(light).toContain('fill="#f5f6f8"');
  await page.keyboard.press('Control+Shift+E');
  await dialog(page).getByRole('checkbox', { name: 'Dark background' }).check();
  const dark = await readFile((await exportFile(page)).path, 'utf8');
  expect(dark).not.toContain('fill="#f5f6f8"');
  expect(dark).toContain('fill="#12161c"');
});

/**
 * Closes the open dialog (`how`) and presses `key` right after the page has handled that, before the
 * dialog's close event (a task later): a quick user's key on a busy machine comes first.
 */
async function closeAndPress(page: Page, how: string, key: { key: string; code: string; ctrlKey?: boolean; shiftKey?: boolean }) {
  await page.evaluate(
    ({ how, key }) => {
      const open = document.querySelector<HTMLDialogElement>('dialog[open]')!;
      if (how === 'Escape') open.requestClose();
      else [...open.querySelectorAll('button')].find((b) => b.textContent === how)!.click();
      queueMicrotask(() => document.body.dispatchEvent(new KeyboardEvent('keydown', { ...key, bubbles: true, cancelable: true })));
    },
    { how, key },
  );
}

test('a shortcut pressed the moment its dialog closes opens it again', async ({ page }) => {
  await openApp(page);
  for (const how of ['Cancel', 'Escape']) {
    await page.keyboard.press('Control+Shift+E');
    await expect(dialog(page)).toBeVisible();
    await closeAndPress(page, how, { key: 'E', code: 'KeyE', ctrlKey: true, shiftKey: true });
    await expect(dialog(page)).toBeVisible();
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog(page)).toBeHidden();
  }
  // The keyboard shortcuts list closes through its form: '?' shows it again.
  const shortcuts = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await page.keyboard.press('?');
  await expect(shortcuts).toBeVisible();
  await closeAndPress(page, 'Close', { key: '?', code: 'Slash', shiftKey: true });
  await expect(shortcuts).toBeVisible();
  await shortcuts.getByRole('button', { name: 'Close' }).click();
  await expect(shortcuts).toBeHidden();
});
