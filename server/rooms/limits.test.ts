import { describe, expect, it } from 'vitest';
import { RateLimit, WindowCounter } from './limits.ts';
import { hashSecret, looksLikeSecret, newRoomId, newToken, sameHash } from './secrets.ts';

describe('rate limits', () => {
  it('allow a burst, then the sustained rate', () => {
    let t = 0;
    const limit = new RateLimit(10, 5, () => t);
    expect(Array.from({ length: 7 }, () => limit.take())).toEqual([true, true, true, true, true, false, false]);
    t += 100; // a tenth of a second: one more message
    expect([limit.take(), limit.take()]).toEqual([true, false]);
    t += 10_000; // refilled, never beyond the burst
    expect(Array.from({ length: 6 }, () => limit.take()).filter(Boolean)).toHaveLength(5);
  });

  it('count room creations per address within a minute', () => {
    let t = 0;
    const counter = new WindowCounter(2, 60_000, () => t);
    expect([counter.take('a'), counter.take('a'), counter.take('a'), counter.take('b')]).toEqual([true, true, false, true]);
    t += 60_000;
    expect(counter.take('a')).toBe(true);
  });
});

describe('room ids and tokens', () => {
  it('are random, at least 128 bits, and compared by hash', () => {
    const ids = new Set(Array.from({ length: 200 }, newRoomId));
    expect(ids.size).toBe(200);
    const id = newRoomId();
    const token = newToken();
    expect(Buffer.from(id, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    expect(looksLikeSecret(id) && looksLikeSecret(token)).toBe(true);
    expect(hashSecret(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSecret(token)).not.toContain(token);
    expect(sameHash(hashSecret(token), hashSecret(token))).toBe(true);
    expect(sameHash(hashSecret(token), hashSecret(newToken()))).toBe(false);
    expect(sameHash('', '')).toBe(false);
  });
});
