// Text measurement without a DOM: Inter's advance widths for printable ASCII (measured in
// Chromium, in thousandths of an em), used to size tabs, pills and labels and to shorten names
// that would overflow a card. Other characters are estimated.

// prettier-ignore
const REGULAR = [281,288,466,633,642,982,644,300,365,365,501,662,288,460,288,360,631,407,610,618,646,593,620,566,619,620,288,302,662,662,662,511,966,690,654,730,722,601,590,746,743,269,571,672,565,903,753,765,639,765,644,642,646,744,690,985,682,679,629,365,360,365,471,456,323,562,612,571,612,583,370,613,591,242,242,549,242,876,591,600,612,612,376,528,327,591,562,818,546,562,552,426,333,426,662];
// prettier-ignore
const SEMIBOLD = [252,321,523,644,650,1004,663,326,373,373,540,673,319,465,319,379,660,423,623,636,666,612,640,576,640,640,319,329,673,673,673,543,999,728,659,737,722,605,588,749,746,277,580,703,565,922,759,769,645,773,652,650,660,736,728,1020,720,713,652,373,379,373,481,469,351,574,624,583,624,591,389,625,612,262,262,569,262,900,612,609,624,624,397,549,353,612,587,839,569,588,566,455,359,455,673];

const ELLIPSIS = '…';

/** Advance width of one character in em. */
function advance(ch: string, bold: boolean): number {
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 32 && code <= 126) return (bold ? SEMIBOLD : REGULAR)[code - 32]! / 1000;
  if (ch === ELLIPSIS) return bold ? 0.956 : 0.864;
  if (ch === '·') return bold ? 0.319 : 0.288;
  // CJK and other full-width scripts; everything else at an average Latin width.
  return code >= 0x2e80 ? 1 : 0.62;
}

export function textWidth(text: string, size: number, bold = false): number {
  let em = 0;
  for (const ch of text) em += advance(ch, bold);
  return em * size;
}

/** The text, shortened with an ellipsis to fit `max` pixels. */
export function fitText(text: string, max: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= max) return text;
  const room = max - textWidth(ELLIPSIS, size, bold);
  let used = 0;
  let out = '';
  for (const ch of text) {
    used += advance(ch, bold) * size;
    if (used > room) break;
    out += ch;
  }
  return `${out.trimEnd()}${ELLIPSIS}`;
}

/** Up to `lines` lines of at most `max` pixels, broken at spaces; the last line ends in an ellipsis if cut. */
export function wrapText(text: string, max: number, size: number, bold = false, lines = 2): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  let current = '';
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const candidate = current ? `${current} ${word}` : word;
    if (textWidth(candidate, size, bold) <= max || !current) {
      current = candidate;
      continue;
    }
    if (out.length === lines - 1)
      return [...out, fitText(`${current} ${words.slice(i).join(' ')}`, max, size, bold)];
    out.push(current);
    current = word;
  }
  if (current) out.push(current);
  return out.map((line) => fitText(line, max, size, bold));
}

/** A number for an SVG attribute: at most two decimals, no trailing zeros. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}
