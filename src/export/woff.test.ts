import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { woffToTrueType } from './woff.ts';

const woff = new Uint8Array(readFileSync(createRequire(import.meta.url).resolve('@fontsource/inter/files/inter-latin-600-normal.woff')));
const u32 = (bytes: Uint8Array, at: number) => new DataView(bytes.buffer, bytes.byteOffset).getUint32(at);
const tag = (bytes: Uint8Array, at: number) => String.fromCharCode(...bytes.subarray(at, at + 4));

describe('woffToTrueType', () => {
  const ttf = woffToTrueType(woff);

  it('unpacks Inter to a TrueType font of the size the WOFF header states', () => {
    expect(u32(ttf, 0)).toBe(0x00010000);
    expect(ttf.length).toBe(u32(woff, 16)); // totalSfntSize
  });

  it('keeps every table, each where the directory says and intact', () => {
    const count = new DataView(ttf.buffer).getUint16(4);
    expect(count).toBe(new DataView(woff.buffer, woff.byteOffset).getUint16(12));
    const tags = [];
    for (let i = 0; i < count; i++) {
      const at = 12 + i * 16;
      tags.push(tag(ttf, at));
      expect(u32(ttf, at + 8) + u32(ttf, at + 12)).toBeLessThanOrEqual(ttf.length);
    }
    expect(tags).toEqual(expect.arrayContaining(['glyf', 'loca', 'cmap', 'head', 'hmtx', 'name']));
    // 'head' starts with version 1.0 and holds the magic number 0x5F0F3CF5 at offset 12.
    const head = tags.indexOf('head');
    expect(u32(ttf, u32(ttf, 12 + head * 16 + 8) + 12)).toBe(0x5f0f3cf5);
  });

  it('refuses what is not WOFF 1.0', () => {
    expect(() => woffToTrueType(new Uint8Array(64))).toThrow('Not a WOFF');
    expect(() => woffToTrueType(woff.subarray(0, 200))).toThrow();
  });
});
