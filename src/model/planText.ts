// Bytes to plan text, alike for every file the designer and the command line read: plans are
// UTF-8; a byte order mark is accepted, UTF-16 and UTF-32 are named (Windows tools save them),
// and bytes that are not UTF-8 are refused with their offset instead of turning into U+FFFD.
import { formatCount } from './limits.ts';

export type PlanTextResult = { ok: true; text: string } | { ok: false; message: string };

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** "UTF-16 (little-endian)" etc. when the bytes are a wider Unicode encoding, else undefined. */
export function wideEncoding(bytes: Uint8Array): string | undefined {
  const [a, b, c, d] = bytes;
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return 'UTF-32';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32';
  if (a === 0xff && b === 0xfe) return 'UTF-16 (little-endian)';
  if (a === 0xfe && b === 0xff) return 'UTF-16 (big-endian)';
  // Without a byte order mark: ASCII text in UTF-16 has a zero byte beside every character.
  const sample = Math.min(bytes.length, 64) & ~1;
  if (sample < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0 && bytes[i + 1] !== 0) evenZero++;
    if (bytes[i + 1] === 0 && bytes[i] !== 0) oddZero++;
  }
  const pairs = sample / 2;
  if (oddZero >= pairs * 0.75) return 'UTF-16 (little-endian)';
  if (evenZero >= pairs * 0.75) return 'UTF-16 (big-endian)';
  return undefined;
}

/** For each lead byte: how many continuation bytes follow, and the range the first of them may take. */
function sequence(lead: number): [need: number, min: number, max: number] | undefined {
  if (lead >= 0xc2 && lead <= 0xdf) return [1, 0x80, 0xbf];
  if (lead === 0xe0) return [2, 0xa0, 0xbf]; // no overlong forms
  if (lead === 0xed) return [2, 0x80, 0x9f]; // no UTF-16 surrogates
  if (lead >= 0xe1 && lead <= 0xef) return [2, 0x80, 0xbf];
  if (lead === 0xf0) return [3, 0x90, 0xbf];
  if (lead >= 0xf1 && lead <= 0xf3) return [3, 0x80, 0xbf];
  if (lead === 0xf4) return [3, 0x80, 0x8f]; // nothing above U+10FFFF
  return undefined;
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence, or -1. One pass. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let i = 0; i < n;) {
    const lead = bytes[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    const form = sequence(lead);
    if (!form) return i;
    const [need, min, max] = form;
    // Like Python's decoder, a broken sequence is reported at its first byte.
    if (i + need >= n) return i;
    if (bytes[i + 1]! < min || bytes[i + 1]! > max) return i;
    for (let k = 2; k <= need; k++) if (bytes[i + k]! < 0x80 || bytes[i + k]! > 0xbf) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * The first character that is not white space or a byte order mark, read as ASCII: enough to
 * tell JSON (`{`) from markup (`<`). UTF-16 and UTF-32 text count as JSON, so that reading it
 * names the encoding.
 */
export function leadingCharacter(bytes: Uint8Array): string | undefined {
  if (wideEncoding(bytes)) return '{';
  for (let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; i < bytes.length; i++)
    if (bytes[i] !== 0x20 && bytes[i] !== 0x09 && bytes[i] !== 0x0a && bytes[i] !== 0x0d) return String.fromCharCode(bytes[i]!);
  return undefined;
}

/** Why these bytes cannot be plan text, or the text itself (without a byte order mark). */
export function decodePlanText(bytes: Uint8Array): PlanTextResult {
  const wide = wideEncoding(bytes);
  if (wide)
    return {
      ok: false,
      message: `is ${wide} text; plans are UTF-8. Save it again as UTF-8 (in Notepad: Save As, Encoding "UTF-8") and open that`,
    };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = start === 0 ? bytes : bytes.subarray(start);
  const bad = invalidUtf8Offset(body);
  if (bad >= 0)
    return {
      ok: false,
      message: `is not UTF-8 text: byte ${hex(body[bad]!)} at offset ${formatCount(bad + start)} (counting from 0) does not begin a valid UTF-8 character. Save it again as UTF-8 and open that`,
    };
  return { ok: true, text: new TextDecoder('utf-8').decode(body) };
}
