import { describe, expect, it } from 'vitest';
import { decodePlanText, invalidUtf8Offset } from './planText.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16le = (text: string, bom = true) => {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  if (bom) out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out[(bom ? 2 : 0) + i * 2] = text.charCodeAt(i);
  return out;
};

describe('decodePlanText', () => {
  it('reads UTF-8, with or without a byte order mark, to the same text', () => {
    const json = '{"name":"Zürich"}';
    expect(decodePlanText(utf8(json))).toEqual({ ok: true, text: json });
    expect(decodePlanText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)]))).toEqual({
      ok: true,
      text: json,
    });
  });

  it('names UTF-16 and UTF-32, with or without a byte order mark', () => {
    const json = '{"format":"exchange-topology-plan"}';
    expect(decodePlanText(utf16le(json))).toEqual({
      ok: false,
      message: expect.stringMatching(/^is UTF-16 \(little-endian\) text; plans are UTF-8/),
    });
    expect(decodePlanText(utf16le(json, false))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is UTF-16 \(little-endian\)/),
    });
    const be = utf16le(json).map((_, i, all) => (i % 2 === 0 ? all[i + 1]! : all[i - 1]!));
    expect(decodePlanText(be)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is UTF-16 \(big-endian\)/),
    });
    expect(decodePlanText(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^is UTF-32 /),
    });
  });

  it('refuses bytes that are not UTF-8, naming the offset, instead of reading U+FFFD', () => {
    const bytes = new Uint8Array([...utf8('{"name":"Caf'), 0xe9, ...utf8('"}')]); // Latin-1 é
    expect(decodePlanText(bytes)).toEqual({
      ok: false,
      message:
        'is not UTF-8 text: byte 0xE9 at offset 12 (counting from 0) does not begin a valid UTF-8 character. Save it again as UTF-8 and open that',
    });
    // The offset counts from the start of the file, byte order mark included.
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0xff]);
    expect(decodePlanText(withBom)).toMatchObject({
      message: expect.stringContaining('byte 0xFF at offset 4 '),
    });
  });

  it('finds every kind of malformed sequence at its first byte', () => {
    expect(invalidUtf8Offset(utf8('plain ascii, é, 漢, 😀'))).toBe(-1);
    expect(invalidUtf8Offset(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1); // overlong
    expect(invalidUtf8Offset(new Uint8Array([0x41, 0xe0, 0x80, 0x80]))).toBe(1); // overlong 3-byte
    expect(invalidUtf8Offset(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a UTF-16 surrogate
    expect(invalidUtf8Offset(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(invalidUtf8Offset(new Uint8Array([0x41, 0x42, 0xe6, 0xbc]))).toBe(2); // cut off
    expect(invalidUtf8Offset(new Uint8Array([0x80]))).toBe(0); // a lone continuation byte
  });
});
