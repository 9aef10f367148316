// WOFF 1.0 to a plain TrueType font: jsPDF embeds only TrueType, and the app bundles Inter as WOFF
// (@fontsource/inter). The container is a table directory with each table zlib-compressed (W3C
// WOFF 1.0, section 5), so unpacking is a few lines over fflate; no font library needed.
import { unzlibSync } from 'fflate';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'
const WOFF_HEADER = 44;
const WOFF_ENTRY = 20;
const SFNT_HEADER = 12;
const SFNT_ENTRY = 16;

interface Table {
  tag: number;
  checksum: number;
  data: Uint8Array;
}

function readTables(woff: Uint8Array, view: DataView, count: number): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < count; i++) {
    const at = WOFF_HEADER + i * WOFF_ENTRY;
    const offset = view.getUint32(at + 4);
    const compressed = view.getUint32(at + 8);
    const original = view.getUint32(at + 12);
    if (offset + compressed > woff.length) throw new Error('The font file is cut short.');
    const raw = woff.subarray(offset, offset + compressed);
    const data = compressed < original ? unzlibSync(raw) : raw;
    if (data.length !== original) throw new Error('A table of the font file does not unpack to its stated size.');
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data });
  }
  return tables;
}

/** The TrueType (sfnt) font inside a WOFF 1.0 file; throws on anything else. */
export function woffToTrueType(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (woff.length < WOFF_HEADER || view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('Not a WOFF 1.0 font file.');
  const count = view.getUint16(12);
  const tables = readTables(woff, view, count);

  const padded = (n: number) => (n + 3) & ~3;
  const size = SFNT_HEADER + SFNT_ENTRY * count + tables.reduce((sum, t) => sum + padded(t.data.length), 0);
  const out = new Uint8Array(size);
  const o = new DataView(out.buffer);
  let power = 1;
  let log = 0;
  while (power * 2 <= count) {
    power *= 2;
    log++;
  }
  o.setUint32(0, view.getUint32(4)); // the flavor: 0x00010000 for TrueType outlines
  o.setUint16(4, count);
  o.setUint16(6, power * 16);
  o.setUint16(8, log);
  o.setUint16(10, count * 16 - power * 16);
  let offset = SFNT_HEADER + SFNT_ENTRY * count;
  tables.forEach((t, i) => {
    const at = SFNT_HEADER + i * SFNT_ENTRY;
    o.setUint32(at, t.tag);
    o.setUint32(at + 4, t.checksum);
    o.setUint32(at + 8, offset);
    o.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += padded(t.data.length);
  });
  return out;
}
