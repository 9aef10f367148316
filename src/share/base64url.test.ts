import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBase64url, encodeBase64url } from './base64url.ts';

describe('base64url', () => {
  it('matches RFC 4648 test vectors, without padding', () => {
    const enc = (s: string) => encodeBase64url(new TextEncoder().encode(s));
    expect(['', 'f', 'fo', 'foo', 'foob', 'fooba', 'foobar'].map(enc)).toEqual([
      '',
      'Zg',
      'Zm8',
      'Zm9v',
      'Zm9vYg',
      'Zm9vYmE',
      'Zm9vYmFy',
    ]);
    expect(encodeBase64url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
  });

  it('round-trips any bytes and agrees with Node', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = encodeBase64url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(decodeBase64url(text)).toEqual(bytes);
      }),
    );
  });

  it('refuses foreign characters and impossible lengths', () => {
    for (const bad of ['ab+c', 'ab/c', 'abc=', 'a', 'abcde', 'ab c', 'é'])
      expect(decodeBase64url(bad)).toBeUndefined();
  });
});
