// The frames the page paints while it opens (CDP screencast), to see that nothing shows wrongly
// or shifts: Figure 3 from a link on a fresh profile, and the app opened normally.
// `npx tsx bench/canvas/tools/linkFrames.ts --app DIR --out DIR`
import { chromium } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumLaunchOptions } from '../../../e2e/chromium.ts';
import { figure3BenchPlan } from '../plans.ts';
import { serveStatic } from '../serve.ts';

const args = process.argv.slice(2);
const opt = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const out = opt('out')!;
mkdirSync(out, { recursive: true });
const plan = figure3BenchPlan();
const browser = await chromium.launch(chromiumLaunchOptions());
const server = await serveStatic(opt('app')!);
for (const [name, url] of [
  ['link', `${server.url}/#${plan.ourFragment}`],
  ['normal', `${server.url}/`],
] as const) {
  const context = await browser.newContext({ viewport: plan.window, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto('about:blank');
  const frames: { t: number; data: string }[] = [];
  cdp.on('Page.screencastFrame', (f: { data: string; sessionId: number; metadata: { timestamp?: number } }) => {
    frames.push({ t: f.metadata.timestamp ?? 0, data: f.data });
    void cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
  });
  await cdp.send('Page.startScreencast', { format: 'png', everyNthFrame: 1 });
  await page.goto(url);
  await page.waitForTimeout(2500);
  await cdp.send('Page.stopScreencast');
  const t0 = frames[0]?.t ?? 0;
  frames.forEach((f, i) => writeFileSync(join(out, `${name}-${String(i).padStart(2, '0')}-${Math.round((f.t - t0) * 1000)}ms.png`), Buffer.from(f.data, 'base64')));
  await page.screenshot({ path: join(out, `${name}-final.png`) });
  console.log(name, frames.length, 'frames');
  await context.close();
}
await server.close();
await browser.close();
