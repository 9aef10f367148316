// Room ids and tokens: random, unguessable (128 and 192 bits), and only their hashes are stored.
// They are random, not chosen by people, so one SHA-256 suffices (no salt or slow hash to defeat
// a dictionary: there is none), as for API tokens.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const ROOM_ID_BYTES = 16;
export const TOKEN_BYTES = 24;

/** What a room id or a token looks like: base64url, 22 to 64 characters. */
const SECRET_SHAPE = /^[A-Za-z0-9_-]{22,64}$/;

export const newRoomId = () => randomBytes(ROOM_ID_BYTES).toString('base64url');
export const newToken = () => randomBytes(TOKEN_BYTES).toString('base64url');

export const looksLikeSecret = (value: unknown): value is string => typeof value === 'string' && SECRET_SHAPE.test(value);

export const hashSecret = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** Equal hashes, compared in constant time. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** How a room appears in logs: the start of its hash, never the id itself. */
export const roomLabel = (roomHash: string) => roomHash.slice(0, 12);
