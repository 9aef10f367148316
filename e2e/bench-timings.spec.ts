// The canvas bench (bench/canvas.ts) times what a user does through what the user sees: a plan
// fully drawn, a server selected until the inspector shows it, the four edits until the card shows
// them, a wheel zoom. This journey runs the bench's own steps on a small plan, so a change to the
// canvas or the panels that would leave the bench timing nothing fails here, not in a bench run.
import { expect, test } from './support.ts';
import { EDITS, ours, timed } from '../bench/canvas/pages.ts';
import { syntheticBenchPlan } from '../bench/canvas/plans.ts';
import { expectScript, PROBE } from '../bench/canvas/probe.ts';

test('the bench can time loading, selecting, each edit and zooming on our canvas', async ({ page }) => {
  const plan = syntheticBenchPlan(40);
  await page.addInitScript({ content: `${expectScript(plan.expect)}\n${ours.storage(plan)}\n${PROBE}` });
  await page.goto('/');
  await expect.poll(() => page.evaluate('window.__bench.drawn?.nodes ?? 0')).toBe(plan.expect.nodes);
  expect(await page.evaluate('window.__bench.drawn.edges')).toBe(plan.expect.edges);

  const select = await ours.select(page, plan);
  expect(select.error).toBeUndefined();
  expect(select.ms).toBeGreaterThan(0);
  await expect(page.getByTestId('inspector').getByLabel('Server name')).toHaveValue(plan.subject.name);
  for (const kind of EDITS) {
    const edit = await ours.edit(page, plan, kind, 1);
    expect({ kind, error: edit.error }).toEqual({ kind, error: undefined });
    expect(edit.ms).toBeGreaterThan(0);
  }
  await expect(page.locator(`.react-flow__node[data-id="${plan.subject.id}"]`)).toHaveAttribute(
    'aria-label',
    new RegExp(`^Server ${plan.subject.name}-R1: Mailbox,`),
  );

  const box = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const before = JSON.stringify(await page.evaluate('window.__bench.transform()'));
  const zoom = await timed(page, 'wheel', `window.__bench.transform() !== ${before}`, () =>
    page.mouse.wheel(0, -100),
  );
  expect(zoom.ms).toBeGreaterThan(0);
});
