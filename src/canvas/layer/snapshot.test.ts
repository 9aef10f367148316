// The held picture after any run of edits, selections, cards and pans equals a full paint of the
// same state, pixel for pixel, and so does the view copied from it: checked on model canvases that
// record, per pixel, which paint operations reached it in which order (testing/modelCanvas.ts), so a
// repaint in part that leaves out an item reaching a repainted pixel, paints one out of order, or
// copies too little or too much fails here. (e2e/layer-repaint.spec.ts checks real pixels.)
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { editPick, randomEdit } from '../../model/testing/randomEdits.ts';
import { createValidator } from '../../rules/incremental.ts';
import type { Finding } from '../../rules/types.ts';
import { templateById } from '../../templates/index.ts';
import { SURFACE } from '../../theme/tokens.ts';
import { createPlanToFlow } from '../planToFlow.ts';
import { differing, ModelCanvas } from './testing/modelCanvas.ts';
import type { Palette, View } from './paint.ts';
import { buildScene, type Scene } from './scene.ts';
import { createSnapshot } from './snapshot.ts';

const start = templateById('figure-3')!.plan;
const palette: Palette = { surface: { ...SURFACE }, accent: '#1f6fd1', panel: '#fff', severity: { error: '#c62828', warning: '#b26a00', info: '#1f6fd1' } };
const g = globalThis as { window?: unknown };
const had = g.window;
let dpr = 1;
beforeAll(() => void (g.window = { get devicePixelRatio() { return dpr; } }));
afterAll(() => void (g.window = had));

const SEVERITIES = ['info', 'warning', 'error'] as const;
/** Each item's findings (the cards' and the layer's badges and outlines), with more flagged by the test (few plans have many). */
function findingsOf(all: readonly Finding[], flagged: ReadonlyMap<string, Finding>) {
  const byItem = new Map<string, Finding[]>();
  for (const f of [...all, ...flagged.values()]) for (const id of f.subjects) byItem.set(id, [...(byItem.get(id) ?? []), f]);
  return byItem;
}

const step = fc.record({
  edit: fc.option(editPick, { freq: 3 }),
  chosen: fc.nat(),
  flag: fc.option(fc.tuple(fc.nat(), fc.nat(3)), { freq: 2 }),
  card: fc.option(fc.nat(), { freq: 2 }),
  pan: fc.option(fc.tuple(fc.integer({ min: -40, max: 40 }), fc.integer({ min: -40, max: 40 })), { freq: 2 }),
});

describe('the held picture and the view after repaints in part', () => {
  it('equal a full paint of the same state after random edits, selections, cards and pans', () => {
    let partial = 0;
    let paints = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), fc.constantFrom(1, 2), fc.constantFrom(0.06, 0.11), (steps, ratio, zoom) => {
        dpr = ratio;
        const toFlow = createPlanToFlow();
        const validate = createValidator();
        const paint = createSnapshot(() => new ModelCanvas() as unknown as HTMLCanvasElement);
        const view = new ModelCanvas();
        [view.width, view.height] = [200 * dpr, 150 * dpr];
        let plan = start;
        let scene: Scene | undefined;
        let at = { x: 5, y: 7 };
        const flagged = new Map<string, Finding>();
        for (const s of [{ edit: null, chosen: 0, card: null, pan: null, flag: [0, 2] as const }, ...steps]) {
          if (s.edit) plan = randomEdit(s.edit)(plan);
          const items = scene?.items ?? [];
          // A badge on an item, or none (severity 3); an item's findings change by identity only when they change.
          if (s.flag && items.length) {
            const id = items[s.flag[0] % items.length]!.id;
            const severity = SEVERITIES[s.flag[1]];
            if (severity) flagged.set(id, { severity, subjects: [id] } as unknown as Finding);
            else flagged.delete(id);
          }
          const flow = toFlow(plan, findingsOf(validate(plan), flagged), new Set());
          scene = buildScene(plan, flow.nodes, flow.edges, scene);
          if (s.pan) at = { x: at.x + s.pan[0], y: at.y + s.pan[1] };
          const ids = [...scene.items.map((i) => i.id), ...scene.links.map((l) => l.id)];
          const selection = new Set([ids[s.chosen % ids.length]!]);
          const skip = new Set(s.card === null ? [] : [scene.items[s.card % scene.items.length]!.id]);
          const v: View = { x: at.x, y: at.y, zoom, width: 200, height: 150 };
          const ctx = view.getContext();
          ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
          paint(ctx as unknown as CanvasRenderingContext2D, scene, v, palette, { selection, skip, labels: true });
          paints++;
          if (paint.report().mode === 'partial') partial++;
          const held = paint.inspect()!;
          const [a, whole] = [held.held as unknown as ModelCanvas, held.whole as unknown as ModelCanvas];
          expect({ held: differing(a, whole), view: differing(view, whole, held.at.x, held.at.y) }).toEqual({ held: 0, view: 0 });
        }
      }),
      { numRuns: 60 },
    );
    // Many steps took the path in part (else this compared full paints with full paints): about a
    // fifth of them on average; a fixed count (50) failed now and then on an unlucky draw (43 of ~300).
    expect(partial).toBeGreaterThan(paints / 10);
  });
});
