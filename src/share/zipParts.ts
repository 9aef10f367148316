// Reading a few named parts out of a zip (a .vsdx package) that came from a stranger. fflate's
// unzipSync inflates whole entries with no ceiling, so entries are found here from the central
// directory, and each wanted one goes through the same capped inflater as links and PNG text:
// work and memory stay bounded by the caps, whatever the archive claims.
import { inflateCapped } from './inflate.ts';

/** Zip files start with a local file header. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export type ZipRead =
  | { ok: true; parts: Map<string, Uint8Array> }
  | { ok: false; problem: 'damaged' | 'too-large' };

interface Entry {
  method: number;
  compressedSize: number;
  localOffset: number;
}

const MAX_ENTRIES = 10_000;
const EOCD_SEARCH = 22 + 0xffff;

/** Every entry of the central directory by name, or undefined if the archive does not hold together. */
function centralDirectory(bytes: Uint8Array): Map<string, Entry> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count > MAX_ENTRIES) return undefined;
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, Entry>();
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > bytes.length) return undefined;
    entries.set(names.decode(bytes.subarray(at + 46, at + 46 + nameLength)), {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      localOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return entries;
}

/** The bytes of one entry, inflated with a cap; undefined when it is over the cap. Throws on corrupt data. */
function entryBytes(bytes: Uint8Array, entry: Entry, cap: number): Uint8Array | undefined | 'damaged' {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) return 'damaged';
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return 'damaged';
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return data.length > cap ? undefined : data;
  if (entry.method !== 8) return 'damaged';
  return inflateCapped(data, { cap });
}

/**
 * The named parts (those present) of a zip, each inflated to at most `cap` bytes. A missing part
 * is simply absent from the map; a part over the cap, or an archive that does not hold together,
 * is a failure.
 */
export function readZipParts(bytes: Uint8Array, names: readonly string[], cap: number): ZipRead {
  try {
    const entries = centralDirectory(bytes);
    if (!entries) return { ok: false, problem: 'damaged' };
    const parts = new Map<string, Uint8Array>();
    for (const name of names) {
      const entry = entries.get(name);
      if (!entry) continue;
      const data = entryBytes(bytes, entry, cap);
      if (data === 'damaged') return { ok: false, problem: 'damaged' };
      if (data === undefined) return { ok: false, problem: 'too-large' };
      parts.set(name, data);
    }
    return { ok: true, parts };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
