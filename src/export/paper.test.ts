import { describe, expect, it } from 'vitest';
import { sheetSize } from './paper.ts';

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
});
