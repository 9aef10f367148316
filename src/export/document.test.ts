import { describe, expect, it } from 'vitest';
import { serializePlan } from '../model/serialize.ts';
import { wellFormedProblems } from '../render/testing/wellFormed.ts';
import { validate } from '../rules/index.ts';
import { extractPlanFromSvg } from '../share/embed.ts';
import { DARK_SURFACE, SURFACE } from '../theme/tokens.ts';
import { bestOrientation, DEFAULT_EXPORT, exportDocument, printedTextPt } from './document.ts';
import { campusPlan } from './testing/campus.ts';

const campus = campusPlan();
const inputs = { findings: [...validate(campus), { rule: 'x', severity: 'error' as const, subjects: ['hq-cas01'], message: 'Made up' }], date: '2024-06-01' };

describe('exportDocument', () => {
  it('fits A4 portrait: a 210 x 297 mm sheet, the diagram shrunk (never enlarged) to fit', () => {
    const doc = exportDocument(campus, { ...DEFAULT_EXPORT, page: { paper: 'A4', orientation: 'portrait' } }, inputs);
    expect(wellFormedProblems(doc.svg)).toEqual([]);
    expect(doc.svg).toMatch(/<svg [^>]*width="210mm" height="297mm" viewBox="0 0 793\.7\d* 1122\.5\d*"/);
    expect(doc.scale).toBeGreaterThan(0.5);
    expect(doc.scale).toBeLessThan(1);
    expect(doc.svg).toMatch(new RegExp(`class="diagram" transform="translate\\([\\d.]+,[\\d.]+\\) scale\\(${doc.scale.toFixed(2)}`));
    expect(printedTextPt(doc.scale)).toBeGreaterThan(4);
  });

  it('carries the whole plan as the user drew it, even for one site re-flowed onto a page', () => {
    const doc = exportDocument(campus, { ...DEFAULT_EXPORT, scope: { kind: 'site', siteId: 'east' }, page: { paper: 'Letter', orientation: 'portrait' } }, inputs);
    const embedded = extractPlanFromSvg(doc.svg);
    expect(embedded.ok && embedded.json).toBe(serializePlan(campus, { compact: true }));
    expect(doc.svg).toContain('Contoso campus — Branch East');
    expect(doc.svg).not.toContain('data-id="hq-cas01"');
  });

  it('leaves out badges and counts, or the title block, when asked', () => {
    const full = exportDocument(campus, DEFAULT_EXPORT, inputs).svg;
    expect(full).toContain('class="finding-badge"');
    expect(full).toContain('class="count"');
    const bare = exportDocument(campus, { ...DEFAULT_EXPORT, findings: false }, inputs).svg;
    expect(bare).not.toContain('class="finding-badge"');
    expect(bare).not.toContain('class="count"');
    expect(bare).toContain('class="title-block"');
    expect(exportDocument(campus, { ...DEFAULT_EXPORT, titleBlock: false }, inputs).svg).not.toContain('class="title-block"');
  });

  it('is light unless dark is asked for', () => {
    const light = exportDocument(campus, DEFAULT_EXPORT, inputs).svg;
    const dark = exportDocument(campus, { ...DEFAULT_EXPORT, theme: 'dark' }, inputs).svg;
    expect(light).toContain(`fill="${SURFACE.canvas}"`);
    expect(dark).not.toContain(`fill="${SURFACE.canvas}"`);
    expect(dark).toContain(`fill="${DARK_SURFACE.canvas}"`);
    expect(dark).toContain(`fill="${DARK_SURFACE.ink}"`);
    // Icons stay white on their role squares.
    expect(dark).toContain('color="#ffffff"');
    expect(wellFormedProblems(dark)).toEqual([]);
  });

  it('picks the orientation that draws the plan largest', () => {
    expect(bestOrientation(campus, 'A4', DEFAULT_EXPORT, inputs)).toBe('portrait');
  });
});
