// The overall shape of an arranged plan: how many AD sites to a row, and whether the Internet side
// (Internet, firewalls, perimeter networks) stands left of the sites or above them. Picked so the
// whole drawing comes closest to a screen's 16:10, instead of a strip that fits nothing.

export interface Shape {
  perRow: number;
  band: 'left' | 'top';
}

/** Width over height a drawing should come close to. */
export const TARGET_ASPECT = 1.6;

/**
 * The shape closest to TARGET_ASPECT for `sites` AD sites laid out by `grid(perRow)`, beside or
 * below `band` (the Internet side's size; zero when there is none). Ties go to fewer rows, then to
 * the band on the left (the figures' reading order).
 */
export function chooseShape(
  sites: number,
  grid: (perRow: number) => { width: number; height: number },
  band: { width: number; height: number },
  gap: number,
): Shape {
  if (sites === 0) return { perRow: 1, band: 'left' };
  const hasBand = band.width > 0;
  let best: Shape & { score: number } = { perRow: sites, band: 'left', score: Infinity };
  for (let perRow = sites; perRow >= 1; perRow--) {
    const g = grid(perRow);
    for (const side of hasBand ? (['left', 'top'] as const) : (['left'] as const)) {
      const width = side === 'left' && hasBand ? band.width + gap + g.width : Math.max(band.width, g.width);
      const height = side === 'top' && hasBand ? band.height + gap + g.height : Math.max(band.height, g.height);
      const score = Math.abs(Math.log(width / Math.max(1, height) / TARGET_ASPECT));
      if (score < best.score - 1e-9) best = { perRow, band: side, score };
    }
  }
  return { perRow: best.perRow, band: best.band };
}
