import { describe, expect, it } from 'vitest';
import { canvasOptionsFrom } from './options.ts';
import { EDITS } from './pages.ts';
import type { Spread } from './stats.ts';
import type { PageSummary, PlanSummary } from './summary.ts';
import { showSpread, verdicts } from './verdicts.ts';

const at = (median: number | null): Spread =>
  median === null ? { median: null, min: null, max: null, n: 0 } : { median, min: median, max: median, n: 5 };

function page(edit: number | null, extra: Partial<PageSummary> = {}): PageSummary {
  const edits = Object.fromEntries(EDITS.map((k) => [k, at(edit)])) as PageSummary['edits'];
  return {
    load: at(1000),
    loadWall: at(1050),
    link: at(900),
    linkWall: at(950),
    select: at(40),
    edits,
    anyEdit: at(edit),
    zoom: at(60),
    drag: null,
    pan: null,
    heapMB: at(20),
    ...extra,
  };
}

const plan = (key: string, ours: PageSummary, bare: PageSummary): PlanSummary => ({
  plan: key,
  label: key,
  servers: Number(key) || 16,
  window: '1440x900',
  nodes: 1,
  edges: 1,
  ours,
  bare,
  dragP95RatioInterval: null,
  panP95RatioInterval: null,
});

const find = (list: ReturnType<typeof verdicts>, start: string) =>
  list.find((v) => v.target.startsWith(start))!;

describe('canvas verdicts', () => {
  it('judge edits on each kind against the bare relabel median', () => {
    const ours = page(40);
    ours.edits.undo = at(70);
    const list = verdicts([plan('1000', ours, page(40))], 200);
    expect(find(list, 'edit-to-paint at 1000 <=')).toEqual({
      target: 'edit-to-paint at 1000 <= 1.5x bare',
      value: 'worst: undo 1.75x',
      pass: false,
    });
    expect(find(list, 'edit-to-paint at 1000 <').pass).toBe(false);
    expect(find(list, 'initial JS').pass).toBe(true);
  });

  it('name the largest of the values that miss, not the first', () => {
    const ours = page(40, { select: at(142) });
    ours.edits.addRole = at(330);
    ours.edits.undo = at(204);
    const list = verdicts([plan('5000', ours, page(90))], 200);
    expect(find(list, 'usable at 5000')).toMatchObject({ value: 'worst: addRole 330 ms', pass: false });
  });

  it('pass when every kind is within the target', () => {
    const list = verdicts([plan('1000', page(45), page(40))], 260);
    expect(find(list, 'edit-to-paint at 1000 <=')).toMatchObject({ value: 'all: addRole 1.13x', pass: true });
    expect(find(list, 'edit-to-paint at 1000 <').pass).toBe(true);
    expect(find(list, 'initial JS')).toMatchObject({ value: '260.0 KB', pass: false });
  });

  it('say "not measured" for a size that did not run, and fail a step that gave no time', () => {
    const list = verdicts([plan('5000', page(null), page(30))], 200);
    expect(find(list, 'edit-to-paint at 2000').pass).toBeNull();
    expect(find(list, 'usable at 5000').pass).toBe(false);
    expect(find(list, 'load at 5000')).toMatchObject({ value: '1.00x', pass: true });
  });
});

describe('canvas bench options', () => {
  it('read sizes and runs in either form, and refuse nonsense', () => {
    expect(canvasOptionsFrom(['canvas', '--sizes', '500,1000', '--runs=3'])).toEqual({
      sizes: [500, 1000],
      runs: 3,
    });
    expect(canvasOptionsFrom([])).toEqual({});
    expect(() => canvasOptionsFrom(['--sizes', 'many'])).toThrow(/server counts/);
    expect(() => canvasOptionsFrom(['--runs', '0'])).toThrow(/positive/);
  });

  it('show a median with the range of the runs', () => {
    expect(showSpread({ median: 1473.2, min: 1200, max: 2498, n: 5 })).toBe('1,473 (1,200-2,498)');
    expect(showSpread(at(null))).toBe('n/a');
  });
});
