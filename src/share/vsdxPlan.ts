// The plan inside a Visio file we exported: the package's relationships lead to the document
// part, whose DocumentSheet user cells carry the plan JSON in numbered pieces (render/vsdx/planCells.ts).
// Everything is read with caps and a linear scan; any doubt gives a message, never an exception.
import { PLAN_FORMAT } from '../model/schema.ts';
import { PLAN_CHUNK_ROW, PLAN_FORMAT_ROW, PLAN_LENGTH_ROW } from '../render/vsdx/planCells.ts';
import type { PlanText } from './embed.ts';
import { MAX_PLAN_BYTES } from '../model/limits.ts';
import { DAMAGED_VSDX, FOREIGN_VSDX, TOO_LARGE_VSDX } from './messages.ts';
import { xmlTags } from './xmlScan.ts';
import { readZipParts } from './zipParts.ts';

const DOCUMENT_REL = 'http://schemas.microsoft.com/visio/2010/relationships/document';
/** The document part holds the plan (escaped, so up to 6 bytes a character) and styles. */
const PART_CAP = 8 * MAX_PLAN_BYTES;
const RELS_CAP = 256 * 1024;

/** The document part's path from the package relationships (a leading "/" is the package root). */
function documentPath(rels: string): string | undefined {
  for (const tag of xmlTags(rels)) {
    if (tag.name === 'Relationship' && tag.attrs.get('Type') === DOCUMENT_REL) {
      const target = tag.attrs.get('Target');
      return target?.replace(/^\//, '');
    }
  }
  return undefined;
}

/** User rows of the DocumentSheet: row name to its Value cell's V. */
function documentUserCells(document: string): Map<string, string> {
  const cells = new Map<string, string>();
  let inSheet = false;
  let row: string | undefined;
  for (const tag of xmlTags(document)) {
    if (tag.name === 'DocumentSheet') {
      if (tag.closing) break;
      inSheet = !tag.selfClosing;
    } else if (!inSheet) continue;
    else if (tag.name === 'Row') row = tag.closing || tag.selfClosing ? undefined : tag.attrs.get('N');
    else if (tag.name === 'Cell' && row !== undefined && tag.attrs.get('N') === 'Value' && !tag.closing)
      cells.set(row, tag.attrs.get('V') ?? '');
  }
  return cells;
}

/** What extractPlanFromVsdx says of a zip that is no Visio drawing at all (the caller names the file). */
export const NOT_VISIO = 'not-visio';

/** The plan JSON from a .vsdx we exported. */
export function extractPlanFromVsdx(bytes: Uint8Array): PlanText {
  const utf8 = new TextDecoder('utf-8');
  const head = readZipParts(bytes, ['_rels/.rels'], RELS_CAP);
  if (!head.ok) return { ok: false, message: head.problem === 'too-large' ? TOO_LARGE_VSDX : DAMAGED_VSDX };
  const rels = head.parts.get('_rels/.rels');
  const path = rels && documentPath(utf8.decode(rels));
  if (!path) return { ok: false, message: NOT_VISIO };
  const body = readZipParts(bytes, [path], PART_CAP);
  if (!body.ok) return { ok: false, message: body.problem === 'too-large' ? TOO_LARGE_VSDX : DAMAGED_VSDX };
  const document = body.parts.get(path);
  if (!document) return { ok: false, message: DAMAGED_VSDX };
  const cells = documentUserCells(utf8.decode(document));
  if (cells.get(PLAN_FORMAT_ROW) !== PLAN_FORMAT) return { ok: false, message: FOREIGN_VSDX };
  const length = Number(cells.get(PLAN_LENGTH_ROW));
  let json = '';
  for (let i = 1; json.length < length; i++) {
    const chunk = cells.get(`${PLAN_CHUNK_ROW}${i}`);
    if (chunk === undefined || chunk === '') break;
    json += chunk;
  }
  if (!Number.isInteger(length) || json.length !== length) return { ok: false, message: DAMAGED_VSDX };
  return { ok: true, json };
}
