import { afterEach, describe, expect, it, vi } from 'vitest';
import { usePlanStore } from '../../store/planStore.ts';
import { dismiss, useToasts } from '../../store/toasts.ts';
import { templateById } from '../../templates/index.ts';
import { closeSharedPlan, copySharedPlan } from './shareState.ts';

/** Figure 3 open read-only from a link in the address bar; the plan library never opened, as when browser storage refused it at start. */
function openSharedFigure3() {
  const replaceState = vi.fn();
  vi.stubGlobal('history', { replaceState });
  vi.stubGlobal('location', { pathname: '/', search: '', hash: '#plan=1.abc' });
  const shared = templateById('figure-3')!.plan;
  usePlanStore.getState().open('', shared, { readOnly: true });
  return { replaceState, shared };
}

describe('Open a copy to edit', () => {
  afterEach(() => {
    for (const t of useToasts.getState().toasts) dismiss(t.id);
    vi.unstubAllGlobals();
  });

  it('when no copy can be stored, says so and keeps the shared plan open with its link in the address bar', async () => {
    const { replaceState, shared } = openSharedFigure3();

    // The plan library never opened in this test, as when browser storage refused it at start.
    await copySharedPlan();

    expect(replaceState).not.toHaveBeenCalled();
    expect(usePlanStore.getState().plan).toBe(shared);
    const texts = useToasts.getState().toasts.map((t) => t.text);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^A copy could not be made \(.+\)\. The shared plan is still open/);
  });

  it('"Back to my plans" when the plan library cannot open: says so, opens no stray plan, and keeps the shared plan and its link', async () => {
    const { replaceState, shared } = openSharedFigure3();
    const fallback = vi.fn(() => Promise.resolve());

    await closeSharedPlan(fallback);

    expect(fallback).not.toHaveBeenCalled();
    expect(replaceState).not.toHaveBeenCalled();
    expect(usePlanStore.getState().plan).toBe(shared);
    const texts = useToasts.getState().toasts.map((t) => t.text);
    expect(texts).toEqual([expect.stringMatching(/^Your plans could not be opened \(.+\)\. The shared plan is still open\.$/)]);
  });
});
