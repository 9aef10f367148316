import { describe, expect, it } from 'vitest';
import { templateById } from '../templates/index.ts';
import { resolveLayout, type Box } from '../theme/geometry.ts';
import type { Plan } from '../model/schema.ts';
import { arrangeForPage } from './pageLayout.ts';
import { campusPlan } from './testing/campus.ts';

const A4_PORTRAIT_AREA = { width: 718, height: 900 };

const overlap = (a: Box, b: Box) =>
  a.absX < b.absX + b.width && b.absX < a.absX + a.width && a.absY < b.absY + b.height && b.absY < a.absY + a.height;

function expectTidy(plan: Plan) {
  const { boxes, byId } = resolveLayout(plan);
  for (const a of boxes)
    for (const b of boxes) if (a !== b && a.parent === b.parent) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
  for (const box of boxes) {
    const parent = box.parent ? byId.get(box.parent) : undefined;
    if (!parent) continue;
    expect(box.absX + box.width, `${box.id} sticks out of ${parent.id}`).toBeLessThanOrEqual(parent.absX + parent.width);
    expect(box.absY + box.height, `${box.id} sticks out of ${parent.id}`).toBeLessThanOrEqual(parent.absY + parent.height);
  }
}

const scaleIn = (plan: Plan) => {
  const { bounds } = resolveLayout(plan);
  return Math.min(1, A4_PORTRAIT_AREA.width / (bounds.width + 64), A4_PORTRAIT_AREA.height / (bounds.height + 64));
};

describe('arrangeForPage', () => {
  for (const [name, plan] of [
    ['Figure 1', templateById('figure-1')!.plan],
    ['Figure 3', templateById('figure-3')!.plan],
    ['a 30-server, 3-site plan', campusPlan()],
  ] as const) {
    it(`${name}: re-flowed for A4 portrait, drawn larger, nothing overlapping, the plan itself untouched`, () => {
      const before = structuredClone(plan);
      const arranged = arrangeForPage(plan, A4_PORTRAIT_AREA);
      expect(plan).toEqual(before);
      expect(scaleIn(arranged)).toBeGreaterThan(scaleIn(plan) * 1.08);
      const { bounds } = resolveLayout(arranged);
      // Taller than wide, like the page, instead of a wide strip.
      expect(bounds.height).toBeGreaterThan(bounds.width * 0.9);
      expectTidy(arranged);
      expect(arranged.servers).toBe(plan.servers);
    });
  }

  it('keeps a plan that already fits the page as drawn', () => {
    const plan = templateById('figure-1')!.plan;
    expect(arrangeForPage(plan, { width: 4000, height: 3000 })).toBe(plan);
  });

  it('keeps the reading order: the Internet before the perimeter network before the sites', () => {
    const arranged = arrangeForPage(templateById('figure-3')!.plan, A4_PORTRAIT_AREA);
    const { byId } = resolveLayout(arranged);
    // On the same row (their heights overlap) left of it, else above it.
    const before = (a: string, b: string) => {
      const [p, q] = [byId.get(a)!, byId.get(b)!];
      const sameRow = p.absY < q.absY + q.height && q.absY < p.absY + p.height;
      return sameRow ? p.absX + p.width <= q.absX : p.absY + p.height <= q.absY;
    };
    const internet = arranged.infrastructure.find((i) => i.kind === 'internet')!.id;
    const perimeter = arranged.sites.find((s) => s.kind === 'perimeter')!.id;
    const site = arranged.sites.find((s) => s.kind === 'ad-site')!.id;
    expect(before(internet, perimeter)).toBe(true);
    expect(before(perimeter, site)).toBe(true);
  });
});
