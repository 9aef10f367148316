// The two pages of the canvas bench and what a user does on each: how a plan is opened (stored, or
// from a link), how a server is selected until the side panel shows it, and the edits. Ours works
// through what a user sees (inspector fields by their labels, the palette, Ctrl+Z); the bare page
// does the comparable work in plain React Flow: its panel names the clicked node, and every edit is
// "relabel that node". Each step is timed in the page (probe.ts `arm`) from the input event to the
// first painted frame that shows its effect.
import type { Page } from '@playwright/test';
import type { BenchPlan } from './plans.ts';
import { MAX_SERVERS } from '../../src/model/limits.ts';
import { nodeCentreScript } from './pick.ts';
import { appStorageScript, bareStorageScript } from './probe.ts';

export type Target = 'ours' | 'bare';

export interface Latency {
  ms: number | null;
  /** Input event to the page handling it (how busy the page was when the user acted). */
  lagMs?: number;
  error?: string;
}

export const EDITS = ['addRole', 'undo', 'rename', 'paletteAdd', 'paletteSettled'] as const;
export type EditKind = (typeof EDITS)[number];
export const EDIT_LABEL: Record<EditKind, string> = {
  addRole: 'add role (inspector checkbox)',
  undo: 'undo (Ctrl+Z)',
  rename: 'rename (inspector name, Enter)',
  paletteAdd: 'palette add (server, Enter; a domain controller at the 5,000-server limit)',
  paletteSettled: '  same, until its links are routed (no [data-routes-pending])',
};
/** Measures printed beside the edits but not judged as edit-to-paint (what settles after the paint). */
export const SETTLE_MEASURES: readonly EditKind[] = ['paletteSettled'];

const INTERACTION_TIMEOUT_MS = 20_000;

/**
 * Arms the page's timer for the next `event`, runs `act`, and waits until the page has painted a
 * frame in which `check` (a page expression) holds.
 */
export async function timed(
  page: Page,
  event: string,
  check: string,
  act: () => Promise<unknown>,
): Promise<Latency> {
  await page.evaluate(
    `window.__bench.arm(${JSON.stringify(event)}, () => (${check}), ${INTERACTION_TIMEOUT_MS})`,
  );
  try {
    await act();
  } catch (error) {
    return { ms: null, error: `could not act: ${(error as Error).message.split('\n')[0]}` };
  }
  const result = (await page.evaluate('window.__bench.wait()')) as
    { ms: number; lagMs: number } | { timedOut: true; started: boolean };
  if ('timedOut' in result)
    return {
      ms: null,
      error: result.started
        ? `no painted effect within ${INTERACTION_TIMEOUT_MS / 1000} s`
        : `the ${event} never reached the page`,
    };
  return { ms: result.ms, lagMs: result.lagMs };
}

const ariaLabelOf = (id: string) =>
  `(window.__bench.node(${JSON.stringify(id)})?.getAttribute('aria-label') ?? '')`;
const inspectorShows = (text: string) =>
  `document.querySelector('[data-testid=inspector] h2')?.textContent === ${JSON.stringify(text)}`;

/** Presses the node's middle (a click), as a user selects it. */
async function clickNode(page: Page, id: string, shows: string): Promise<Latency> {
  const at = (await page.evaluate(nodeCentreScript(id))) as { x: number; y: number } | null;
  if (!at) return { ms: null, error: `${id} is not drawn` };
  await page.mouse.move(at.x, at.y);
  return timed(page, 'pointerdown', inspectorShows(shows), () => page.mouse.click(at.x, at.y));
}

export interface PageKind {
  target: Target;
  /** Script run before the page's own: the plan where the page finds it on start. */
  storage(plan: BenchPlan): string;
  linkFragment(plan: BenchPlan): string;
  select(page: Page, plan: BenchPlan): Promise<Latency>;
  edit(page: Page, plan: BenchPlan, kind: EditKind, run: number): Promise<Latency>;
}

export const ours: PageKind = {
  target: 'ours',
  storage: (plan) => appStorageScript('bench-canvas', plan.name, plan.planText),
  linkFragment: (plan) => plan.ourFragment,
  select: (page, plan) => clickNode(page, plan.subject.id, plan.subject.name),
  async edit(page, plan, kind, run) {
    const { id, name } = plan.subject;
    const inspector = page.getByTestId('inspector');
    const label = ariaLabelOf(id);
    if (kind === 'addRole')
      return timed(page, 'click', `${label}.includes('Unified Messaging')`, () =>
        inspector.getByLabel('Unified Messaging').click(),
      );
    if (kind === 'undo') {
      // Shortcuts are off while a field has the focus, as they would be for the user.
      await page.evaluate('document.activeElement?.blur()');
      return timed(page, 'keydown', `!${label}.includes('Unified Messaging')`, () =>
        page.keyboard.press('Control+z'),
      );
    }
    if (kind === 'rename') {
      const renamed = `${name.slice(0, 12)}-R${run % 10}`;
      const field = inspector.getByLabel('Server name');
      await field.fill(renamed);
      return timed(page, 'keydown', `${label}.startsWith(${JSON.stringify(`Server ${renamed}:`)})`, () =>
        field.press('Enter'),
      );
    }
    // Enter on a palette item adds it to the selection's site, as the palette's help says. A plan at
    // the server limit refuses another server (with a toast): a domain controller is added instead.
    const key = plan.servers >= MAX_SERVERS ? 'domain-controller' : 'server';
    const item = page.locator(`[data-palette="${key}"]`);
    await item.focus();
    const before = ((await page.evaluate('window.__bench.counts()')) as { nodes: number }).nodes;
    // Settled: the added item painted and the links routed (the canvas draws provisional links
    // after an edit, marked data-routes-pending, until its routing worker's routes arrive).
    const settled = kind === 'paletteSettled' ? ` && !document.querySelector('[data-routes-pending]')` : '';
    return timed(page, 'keydown', `window.__bench.counts().nodes > ${before}${settled}`, () => item.press('Enter'));
  },
};

export const bare: PageKind = {
  target: 'bare',
  storage: (plan) => bareStorageScript(plan.drawingJson),
  linkFragment: (plan) => plan.bareFragment,
  select: (page, plan) => clickNode(page, plan.subject.id, plan.subject.id),
  async edit(page, plan, kind) {
    const { id } = plan.subject;
    const done = EDITS.indexOf(kind) + 1;
    return timed(
      page,
      'click',
      `window.__bench.node(${JSON.stringify(id)})?.textContent === ${JSON.stringify(`${id} ${done}`)}`,
      () => page.getByRole('button', { name: 'Relabel' }).click(),
    );
  },
};
