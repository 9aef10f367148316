// Re-editable exports: the plan JSON rides inside exported images (an iTXt chunk in PNG, a
// <metadata> element in SVG), and readPlanFile opens plan JSON, or a PNG or SVG we exported,
// through the same gate as every other way in (parsePlan). Never throws; says why when it fails.
import { zlibSync } from 'fflate';
import { MAX_FILE_BYTES, MAX_PLAN_BYTES, tooManyBytes, utf8Length } from '../model/limits.ts';
import { parsePlan } from '../model/parse.ts';
import { decodePlanText, leadingCharacter } from '../model/planText.ts';
import type { Plan } from '../model/schema.ts';
import { unescapeXml } from '../render/escape.ts';
import { inflateCapped } from './inflate.ts';
import {
  brokenJson,
  DAMAGED_PNG,
  DAMAGED_SVG,
  fileName,
  fileTooLarge,
  FOREIGN_PNG,
  FOREIGN_SVG,
  invalidPlan,
  newerPlan,
  newerPlanVersion,
  PNG_TOO_LARGE,
  unknownFile,
} from './messages.ts';
import { isPng, readChunks, walkChunks, writeChunks, type PngChunk } from './png.ts';
import { planSize, type ParseProgress } from './progress.ts';
import { metadataContent } from './svgScan.ts';
import { rootElementName } from './xmlScan.ts';
import { readExportedDrawing } from './drawingFiles.ts';

/** The PNG text keyword and SVG metadata id that mark a plan. */
export const PLAN_KEYWORD = 'exchange-topology-plan';

export type PlanText = { ok: true; json: string } | { ok: false; message: string };
export type PlanFileResult = { ok: true; plan: Plan } | { ok: false; message: string };

const encoder = new TextEncoder();
const TOO_LARGE = Symbol('too large');
const latin1 = (bytes: Uint8Array) => Array.from(bytes, (b) => String.fromCharCode(b)).join('');

/** iTXt: keyword, NUL, compressed (1), method 0, empty language and translated keyword, zlib UTF-8 text. */
function planChunk(planJson: string): PngChunk {
  const head = encoder.encode(`${PLAN_KEYWORD}\0`);
  const text = zlibSync(encoder.encode(planJson), { level: 9 });
  const data = new Uint8Array(head.length + 4 + text.length);
  data.set(head, 0);
  data.set([1, 0, 0, 0], head.length);
  data.set(text, head.length + 4);
  return { type: 'iTXt', data };
}

function keywordOf(chunk: PngChunk): string | undefined {
  if (chunk.type !== 'iTXt' && chunk.type !== 'tEXt' && chunk.type !== 'zTXt') return undefined;
  const nul = chunk.data.indexOf(0);
  return nul > 0 ? latin1(chunk.data.subarray(0, nul)) : undefined;
}

/** A copy of the PNG with the plan in an iTXt chunk before IEND (replacing any earlier plan). Throws if `png` is not a PNG. */
export function embedPlanInPng(png: Uint8Array, planJson: string): Uint8Array {
  const chunks = readChunks(png);
  if (!chunks) throw new Error('embedPlanInPng: the image is not a well-formed PNG');
  const kept = chunks.filter((c) => c.type !== 'IEND' && keywordOf(c) !== PLAN_KEYWORD);
  return writeChunks([...kept, planChunk(planJson), chunks[chunks.length - 1]!]);
}

/** The text of one of our chunks: iTXt (plain or compressed), or tEXt/zTXt as other tools may rewrite it. */
function chunkText(chunk: PngChunk): string | undefined | typeof TOO_LARGE {
  const body = chunk.data.subarray(PLAN_KEYWORD.length + 1);
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  if (chunk.type === 'tEXt') return latin1(body);
  if (chunk.type === 'zTXt') {
    const bytes = inflateCapped(body.subarray(1), { zlib: true });
    return bytes ? latin1(bytes) : TOO_LARGE;
  }
  const compressed = body[0] === 1;
  const language = body.indexOf(0, 2);
  const translated = language < 0 ? -1 : body.indexOf(0, language + 1);
  if (translated < 0) return undefined;
  const text = body.subarray(translated + 1);
  const bytes = compressed ? inflateCapped(text, { zlib: true }) : text;
  return bytes ? utf8.decode(bytes) : TOO_LARGE;
}

/** Text chunk types, as walkChunks gives them. */
const TEXT_CHUNKS: Readonly<Record<number, string>> = { 0x74455874: 'tEXt', 0x69545874: 'iTXt', 0x7a545874: 'zTXt' };
const KEYWORD_BYTES = encoder.encode(`${PLAN_KEYWORD}\0`);

/** Whether the chunk data at [from, to) starts with our keyword and its NUL, compared in place. */
function startsWithKeyword(bytes: Uint8Array, from: number, to: number): boolean {
  if (to - from < KEYWORD_BYTES.length) return false;
  for (let i = 0; i < KEYWORD_BYTES.length; i++) if (bytes[from + i] !== KEYWORD_BYTES[i]) return false;
  return true;
}

export function extractPlanFromPng(bytes: Uint8Array): PlanText {
  try {
    let chunk: PngChunk | undefined;
    const whole = walkChunks(bytes, (type, from, to) => {
      if (!chunk && Object.hasOwn(TEXT_CHUNKS, type) && startsWithKeyword(bytes, from, to))
        chunk = { type: TEXT_CHUNKS[type]!, data: bytes.subarray(from, to) };
    });
    if (!whole) return { ok: false, message: isPng(bytes) ? DAMAGED_PNG : FOREIGN_PNG };
    if (!chunk) return { ok: false, message: FOREIGN_PNG };
    const json = chunkText(chunk);
    if (json === TOO_LARGE) return { ok: false, message: PNG_TOO_LARGE };
    return json === undefined ? { ok: false, message: DAMAGED_PNG } : { ok: true, json };
  } catch {
    return { ok: false, message: DAMAGED_PNG };
  }
}

/** The plan JSON from our <metadata> element (escaped text; a CDATA section, should an editor make one, also works). */
export function extractPlanFromSvg(text: string): PlanText {
  const metadata = metadataContent(text, PLAN_KEYWORD);
  if (metadata.found === 'none') return { ok: false, message: FOREIGN_SVG };
  if (metadata.found === 'cut off') return { ok: false, message: DAMAGED_SVG };
  const body = metadata.content.trim();
  const cdata = body.startsWith('<![CDATA[') && body.endsWith(']]>');
  return { ok: true, json: cdata ? body.slice('<![CDATA['.length, -']]>'.length) : unescapeXml(body) };
}

/** Plan JSON text through parsePlan, with a message that names where it came from. */
export function planFromJson(source: string, json: string, progress?: ParseProgress): PlanFileResult {
  const bytes = json.length > MAX_PLAN_BYTES / 3 ? utf8Length(json) : 0;
  if (bytes > MAX_PLAN_BYTES) return { ok: false, message: `${fileName(source)} cannot be opened: ${tooManyBytes(bytes)}.` };
  let value: unknown;
  try {
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch (e) {
    return { ok: false, message: brokenJson(source, (e as Error).message) };
  }
  progress?.(planSize(value));
  const parsed = parsePlan(value);
  if (parsed.ok) return parsed;
  const newer = newerPlanVersion(parsed.errors);
  if (newer !== undefined) return { ok: false, message: newerPlan(fileName(source), newer) };
  if (parsed.errors[0]?.path === 'format')
    return { ok: false, message: `${fileName(source)} is JSON, but not an Exchange Topology Designer plan.` };
  return { ok: false, message: invalidPlan(fileName(source), parsed.errors) };
}

/** Opens plan JSON, or an SVG, PNG, Visio or draw.io file we exported; the type comes from the content, not the name. */
export function readPlanFile(name: string, bytes: Uint8Array, progress?: ParseProgress): PlanFileResult {
  try {
    if (bytes.length > MAX_FILE_BYTES) return { ok: false, message: fileTooLarge(name, bytes.length) };
    if (isPng(bytes)) {
      const found = extractPlanFromPng(bytes);
      return found.ok ? planFromJson(name, found.json, progress) : found;
    }
    const drawing = readExportedDrawing(name, bytes);
    if (drawing) return drawing.ok ? planFromJson(name, drawing.json, progress) : drawing;
    const decoded = decodePlanText(bytes);
    const first = decoded.ok ? decoded.text.trimStart()[0] : leadingCharacter(bytes);
    if (first !== '{' && first !== '<') return { ok: false, message: unknownFile(name) };
    if (!decoded.ok) return { ok: false, message: `${fileName(name)} ${decoded.message}.` };
    if (first === '{') return planFromJson(name, decoded.text, progress);
    if (rootElementName(decoded.text) === 'svg') {
      const found = extractPlanFromSvg(decoded.text);
      return found.ok ? planFromJson(name, found.json, progress) : found;
    }
    return { ok: false, message: unknownFile(name) };
  } catch (e) {
    return { ok: false, message: `${fileName(name)} could not be read (${(e as Error)?.message ?? String(e)}).` };
  }
}
