// Images for tests and the bench: a real tiny PNG, and files built the way an attacker would
// (a megabyte of unclosed SVG openings, a PNG of a hundred thousand tiny chunks) beside normal
// exports of the same size, so the readers can be shown to take the same order of time on both.
import { zlibSync } from 'fflate';
import { embedPlanInPng } from '../embed.ts';
import { writeChunks, type PngChunk } from '../png.ts';

/** A real 2x1 grayscale PNG, built by hand: IHDR, one IDAT, IEND. */
export function tinyPng(): Uint8Array {
  const ihdr = new Uint8Array(13);
  new DataView(ihdr.buffer).setUint32(0, 2);
  new DataView(ihdr.buffer).setUint32(4, 1);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grayscale, deflate, no filter, no interlace
  const pixels = zlibSync(new Uint8Array([0, 0x20, 0xe0])); // filter byte, two pixels
  return writeChunks([
    { type: 'IHDR', data: ihdr },
    { type: 'IDAT', data: pixels },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
}

/** An SVG of about `bytes` made of `<metadata` openings that never close (the 83-second freeze). */
export function unclosedMetadataSvg(bytes: number): string {
  const head = '<svg xmlns="http://www.w3.org/2000/svg">';
  const opening = '<metadata id="exchange-topology-plan" ';
  return head + opening.repeat(Math.ceil((bytes - head.length) / opening.length));
}

/** An SVG of about `bytes` whose plan element opens again and again but never ends. */
export function reopenedMetadataSvg(bytes: number): string {
  const head = '<svg xmlns="http://www.w3.org/2000/svg">';
  const opening = '<metadata id="exchange-topology-plan">{';
  return head + opening.repeat(Math.ceil((bytes - head.length) / opening.length));
}

/** A normal export padded to about `bytes` with drawing elements before its plan. */
export function paddedSvg(svg: string, bytes: number): string {
  const rect = '<rect x="10" y="10" width="100" height="40" fill="#fff" stroke="#333"/>\n';
  const at = svg.indexOf('>', svg.indexOf('<svg')) + 1;
  const count = Math.max(0, Math.ceil((bytes - svg.length) / rect.length));
  return svg.slice(0, at) + rect.repeat(count) + svg.slice(at);
}

/** A PNG of `count` tiny text chunks with no keyword terminator, then the plan (or nothing). */
export function manyChunksPng(count: number, planJson?: string): Uint8Array {
  const junk: PngChunk = { type: 'tEXt', data: new Uint8Array([0x41, 0x42, 0x43]) };
  const base = tinyPng();
  const chunks: PngChunk[] = [
    { type: 'IHDR', data: base.subarray(16, 29) },
    ...Array.from({ length: count }, () => junk),
    { type: 'IEND', data: new Uint8Array(0) },
  ];
  const png = writeChunks(chunks);
  return planJson === undefined ? png : embedPlanInPng(png, planJson);
}

/** A PNG of about `bytes` with one large image-data chunk and the plan: a normal export's shape. */
export function largePng(bytes: number, planJson: string): Uint8Array {
  let seed = 7;
  const pixels = new Uint8Array(bytes);
  for (let i = 0; i < pixels.length; i++) pixels[i] = (seed = (seed * 1103515245 + 12345) >>> 0) >>> 24;
  const base = tinyPng();
  const png = writeChunks([
    { type: 'IHDR', data: base.subarray(16, 29) },
    { type: 'IDAT', data: pixels },
    { type: 'IEND', data: new Uint8Array(0) },
  ]);
  return embedPlanInPng(png, planJson);
}
