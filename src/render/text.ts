// Text measurement without a DOM: Inter's advance widths, grouped into a few classes, are close
// enough (within a few percent) to size tabs, pills and labels and to shorten names that overflow.

const NARROW = new Set("iljI.,:;'|!`()[]{}");
const SEMI = new Set('frt1-/\\" ');
const WIDE = new Set('mwMW@%');

/** Advance width of one character in em (Inter Regular); semibold adds about 4 %. */
function advance(ch: string): number {
  if (NARROW.has(ch)) return 0.27;
  if (SEMI.has(ch)) return 0.36;
  if (WIDE.has(ch)) return 0.86;
  if (ch >= 'A' && ch <= 'Z') return 0.68;
  if (ch >= '0' && ch <= '9') return 0.6;
  if (ch >= 'a' && ch <= 'z') return 0.55;
  const code = ch.codePointAt(0) ?? 0;
  // CJK and other full-width scripts.
  if (code >= 0x2e80) return 1;
  return 0.62;
}

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch);
  return em * size * (bold ? 1.04 : 1);
}

/** The text, shortened with an ellipsis to fit `max` pixels. */
export function fitText(text: string, max: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const chars = Array.from(text);
  const room = max - textWidth('…', size, bold);
  let used = 0;
  let n = 0;
  for (; n < chars.length; n++) {
    const w = advance(chars[n]!) * size * (bold ? 1.04 : 1);
    if (used + w > room) break;
    used += w;
  }
  return `${chars.slice(0, n).join('').trimEnd()}…`;
}

/** A number for an SVG attribute: at most two decimals, no trailing zeros. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
