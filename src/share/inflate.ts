// Decompression with a ceiling: a few kilobytes of deflate can expand to gigabytes, and links and
// PNG text chunks come from strangers. Input is fed in small steps so the check bites early.
import { Inflate, Unzlib } from 'fflate';
import { MAX_PLAN_BYTES } from '../model/limits.ts';

/**
 * The inflated bytes of raw deflate (`zlib: false`) or zlib data, or undefined when the output
 * would pass `cap` bytes. Throws (from fflate) on truncated or corrupt input.
 */
export function inflateCapped(
  data: Uint8Array,
  options: { zlib?: boolean; cap?: number } = {},
): Uint8Array | undefined {
  const cap = options.cap ?? MAX_PLAN_BYTES;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let tooBig = false;
  const onData = (chunk: Uint8Array) => {
    total += chunk.length;
    if (total > cap) tooBig = true;
    else chunks.push(chunk);
  };
  const stream = options.zlib ? new Unzlib(onData) : new Inflate(onData);
  const STEP = 1024;
  if (data.length === 0) stream.push(data, true);
  for (let i = 0; i < data.length && !tooBig; i += STEP)
    stream.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  if (tooBig) return undefined;
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
