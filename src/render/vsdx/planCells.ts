// Where a Visio file carries its plan: user-defined cells of the document's own ShapeSheet
// (DocumentSheet), which Visio keeps when it saves the file again. The JSON is cut into rows
// (Visio caps a cell's text), with its length alongside so a cut-off copy is noticed.
import { escapeXml, jsonForXml } from '../escape.ts';
import { cell, namedRow, stringCell } from './cells.ts';

export const PLAN_FORMAT_ROW = 'ExchangeTopologyPlanFormat';
export const PLAN_LENGTH_ROW = 'ExchangeTopologyPlanLength';
/** Chunk rows are this prefix and a number from 1. */
export const PLAN_CHUNK_ROW = 'ExchangeTopologyPlan';
export const PLAN_CHUNK_CHARS = 4000;

/** The JSON in pieces of at most PLAN_CHUNK_CHARS, never splitting a surrogate pair. */
export function planChunks(json: string): string[] {
  const out: string[] = [];
  for (let at = 0; at < json.length; ) {
    let end = Math.min(json.length, at + PLAN_CHUNK_CHARS);
    const last = json.charCodeAt(end - 1);
    if (end < json.length && last >= 0xd800 && last <= 0xdbff) end--;
    out.push(json.slice(at, end));
    at = end;
  }
  return out;
}

/** The User rows of the DocumentSheet that carry `json` (format and version are inside the JSON). */
export function planRows(json: string, format: string): string[] {
  // Characters XML forbids become JSON escapes first, so the length counts what the file holds.
  const safe = jsonForXml(json);
  return [
    namedRow(PLAN_FORMAT_ROW, [stringCell('Value', format)]),
    namedRow(PLAN_LENGTH_ROW, [cell('Value', safe.length)]),
    ...planChunks(safe).map(
      (chunk, i) => `<Row N='${PLAN_CHUNK_ROW}${i + 1}'><Cell N='Value' V='${escapeXml(chunk)}' U='STR'/></Row>`,
    ),
  ];
}
