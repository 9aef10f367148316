import { describe, expect, it } from 'vitest';
import { PDF_MAX_PAGE_PT, pdfPageSize, sheetSize } from './paper.ts';

describe('sheetSize', () => {
  it('gives A4 portrait in millimetres, CSS pixels and points', () => {
    const a4 = sheetSize({ paper: 'A4', orientation: 'portrait' });
    expect([a4.widthMm, a4.heightMm]).toEqual([210, 297]);
    expect(a4.widthPx).toBeCloseTo(793.7, 1);
    expect(a4.heightPt).toBeCloseTo(841.89, 1);
    expect(a4.marginPx).toBeCloseTo(37.8, 1);
  });

  it('turns Letter for landscape: 11 x 8.5 inches', () => {
    const letter = sheetSize({ paper: 'Letter', orientation: 'landscape' });
    expect(letter.widthPt).toBeCloseTo(792, 1);
    expect(letter.heightPt).toBeCloseTo(612, 1);
  });

  it('makes a PDF page of the drawing itself, shrunk as a whole to PDF\'s largest page', () => {
    expect(pdfPageSize({ width: 800, height: 400 })).toEqual({ widthPt: 600, heightPt: 300 });
    const wide = pdfPageSize({ width: 53_088, height: 1_636 });
    expect(wide.widthPt).toBe(PDF_MAX_PAGE_PT);
    expect(wide.heightPt).toBeCloseTo((1_636 * PDF_MAX_PAGE_PT) / 53_088, 6);
    const sheet = { widthPt: 595, heightPt: 842 };
    expect(pdfPageSize({ width: 90_000, height: 10, sheet })).toEqual(sheet);
  });
});
