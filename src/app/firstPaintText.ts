// The text styles the first frame draws (the shell and a plan's cards), laid out once in a hidden
// element of index.html (vite.config.ts injects it) while the app's scripts are still arriving.
// On Linux, Chromium asks the browser process, over a synchronous call, for each font size and weight
// the page first draws text in (its render style), and for each family of the font list it falls
// back to; those calls filled ~2/3 of the shell's first layout (20 ms of 28 wall, 7 ms of thread
// time, forced in useStartView) and the diagram's layout after it. Done in the hidden element, they
// happen while the main thread waits for the scripts, and the caches they fill are the page's.
// e2e/first-paint-text.spec.ts checks this list against the text the first frame draws.

/** [font size in px, weight] of every text the first frame draws (Figure 3 from a link, or the app's start). */
export const FIRST_PAINT_TEXT: readonly (readonly [number, number])[] = [
  [11, 600],
  [11, 700],
  [11.5, 400],
  [11.5, 600],
  [12, 400],
  [12, 600],
  [12, 700],
  [13, 400],
  [13, 600],
  [13, 700],
  [13.5, 600],
  [14, 600],
  [15, 600],
];

/** Characters the first frame draws that Inter's Latin faces lack (menu carets, undo and redo), drawn in a fallback font at 13 px. */
export const FALLBACK_TEXT = '▾↶↷';

export const FIRST_PAINT_TEXT_ID = 'first-paint-text';

/** The hidden element's attributes: laid out (visibility keeps it laid out), never seen nor read out. */
export const FIRST_PAINT_TEXT_ATTRS = {
  id: FIRST_PAINT_TEXT_ID,
  'aria-hidden': 'true',
  style: 'position:absolute;width:0;height:0;overflow:hidden;visibility:hidden',
};

/** Its content, as HTML: one line per style. It is taken out once the first plan is painted (firstPaint.tsx). */
export const firstPaintTextLines = () =>
  FIRST_PAINT_TEXT.map(
    ([px, weight]) => `<span style="font:${weight} ${px}px var(--font)">Ag${px === 13 && weight === 400 ? FALLBACK_TEXT : ''}</span>`,
  ).join('');
