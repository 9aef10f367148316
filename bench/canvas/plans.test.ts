import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodePlanLink } from '../../src/share/link.ts';
import { templateById } from '../../src/templates/index.ts';
import { figure3BenchPlan, syntheticBenchPlan, windowFor } from './plans.ts';

describe('the canvas bench plans', () => {
  const plan = syntheticBenchPlan(200);

  it('give both pages the same drawing: every box, and one edge per link and file share witness', () => {
    const drawing = JSON.parse(plan.drawingJson) as { boxes: unknown[]; edges: [string, string, string][] };
    expect(drawing.boxes).toHaveLength(plan.expect.nodes);
    expect(drawing.edges).toHaveLength(plan.expect.edges);
    expect(drawing.edges.some(([id]) => id.startsWith('witness:'))).toBe(true);
    const fromLink = inflateRawSync(Buffer.from(plan.bareFragment.replace('drawing=', ''), 'base64url'));
    expect(fromLink.toString()).toBe(plan.drawingJson);
  });

  it('open from our share link as the same plan', () => {
    const decoded = decodePlanLink(`#${plan.ourFragment}`);
    expect(decoded.ok && decoded.plan.servers).toHaveLength(200);
  });

  it('edit a Mailbox-only server, and look for an item Figure 1 (the first plan a fresh profile shows) lacks', () => {
    const figure1 = JSON.stringify(templateById('figure-1')!.plan);
    expect(figure1).not.toContain(`"${plan.expect.marker}"`);
    expect(figure3BenchPlan().expect.marker).toBeTruthy();
    expect(figure1).not.toContain(`"${figure3BenchPlan().expect.marker}"`);
    expect(plan.planText).toContain(`"${plan.subject.id}"`);
    expect(plan.subject.name).toMatch(/-MB\d+$/);
  });

  it('use a desktop window where the plan fits only there at the minimum zoom', () => {
    expect(windowFor(2000)).toEqual({ width: 1440, height: 900 });
    expect(windowFor(5000)).toEqual({ width: 1920, height: 1200 });
  });
});
