// Just enough PNG to carry a plan: walk the chunk list, check CRCs, and add or read one text
// chunk. Pixels are never decoded; a PNG that does not hold together is reported, not thrown.

export const PNG_SIGNATURE = new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]);

export interface PngChunk {
  type: string;
  data: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG computes it, over the chunk type and data. */
export function crc32(...parts: Uint8Array[]): number {
  let c = 0xffffffff;
  for (const bytes of parts)
    for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** CRC-32 of bytes[from, to): the chunk type and data, read in place. */
function crcOf(bytes: Uint8Array, from: number, to: number): number {
  let c = 0xffffffff;
  for (let i = from; i < to; i++) c = CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

const asciiBytes = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** The chunks of a PNG up to and including IEND, or undefined if it is not a well-formed PNG. */
export function readChunks(bytes: Uint8Array): PngChunk[] | undefined {
  const chunks: PngChunk[] = [];
  const whole = walkChunks(bytes, (type, from, to) => {
    chunks.push({ type: String.fromCharCode(type >>> 24, (type >>> 16) & 255, (type >>> 8) & 255, type & 255), data: bytes.subarray(from, to) });
  });
  return whole ? chunks : undefined;
}

const IEND = 0x49454e44;

/**
 * Visits each chunk up to and including IEND in place, with its type as a 32-bit number and where
 * its data starts and ends, after checking its CRC. Nothing is allocated per chunk, so a hostile
 * file of a hundred thousand tiny chunks reads as fast as one of a few large ones. False when the
 * PNG does not hold together (bad signature, a chunk past the end, a wrong CRC, no IEND).
 */
export function walkChunks(bytes: Uint8Array, visit: (type: number, from: number, to: number) => void): boolean {
  if (!isPng(bytes)) return false;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = view.getUint32(at);
    if (at + 12 + length > bytes.length) return false;
    if (crcOf(bytes, at + 4, at + 8 + length) !== view.getUint32(at + 8 + length)) return false;
    const type = view.getUint32(at + 4);
    visit(type, at + 8, at + 8 + length);
    at += 12 + length;
    if (type === IEND) return true;
  }
  return false;
}

export function writeChunks(chunks: readonly PngChunk[]): Uint8Array {
  const size = 8 + chunks.reduce((sum, c) => sum + 12 + c.data.length, 0);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  out.set(PNG_SIGNATURE, 0);
  let at = 8;
  for (const chunk of chunks) {
    const type = asciiBytes(chunk.type);
    view.setUint32(at, chunk.data.length);
    out.set(type, at + 4);
    out.set(chunk.data, at + 8);
    view.setUint32(at + 8 + chunk.data.length, crc32(type, chunk.data));
    at += 12 + chunk.data.length;
  }
  return out;
}
