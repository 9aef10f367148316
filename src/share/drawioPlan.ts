// The plan inside a draw.io file we exported: an attribute of the diagram's root cell, which
// draw.io keeps as diagram data when it saves. draw.io may save pages compressed (base64 of
// deflated, URI-encoded XML); those are inflated with the same cap as every other input.
import { DRAWIO_PLAN_ATTRIBUTE } from '../render/drawio/planAttribute.ts';
import type { PlanText } from './embed.ts';
import { MAX_PLAN_BYTES } from '../model/limits.ts';
import { inflateCapped } from './inflate.ts';
import { DAMAGED_DRAWIO, FOREIGN_DRAWIO, TOO_LARGE_DRAWIO } from './messages.ts';
import { xmlTags } from './xmlScan.ts';

/** A compressed page can hold the plan (escaped) and the drawing: room for both, and no more. */
const PAGE_CAP = 8 * MAX_PLAN_BYTES;

function planAttribute(xml: string): string | undefined {
  for (const tag of xmlTags(xml)) {
    const value = tag.attrs.get(DRAWIO_PLAN_ATTRIBUTE);
    if (value !== undefined) return value;
  }
  return undefined;
}

/** A compressed <diagram> body back to its XML, or undefined if it is not one. */
function inflatePage(text: string): string | undefined {
  const binary = atob(text.replace(/\s+/g, ''));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  const inflated = inflateCapped(bytes, { cap: PAGE_CAP });
  if (!inflated) return undefined;
  return decodeURIComponent(new TextDecoder('utf-8').decode(inflated));
}

/** The plan JSON from a .drawio (or mxGraphModel) text we exported. */
export function extractPlanFromDrawio(text: string): PlanText {
  const direct = planAttribute(text);
  if (direct !== undefined) return { ok: true, json: direct };
  // Compressed pages: the text between <diagram ...> and </diagram>. The next "</" is looked for
  // once and reused while it lies ahead: searching again from every <diagram> of a hostile file
  // (thousands of them, never closed) took quadratic time.
  let close: number | undefined;
  for (const tag of xmlTags(text)) {
    if (tag.name !== 'diagram' || tag.closing || tag.selfClosing) continue;
    if (close === undefined || (close >= 0 && close < tag.end)) close = text.indexOf('</', tag.end);
    const end = close < 0 ? text.length : close;
    let start = tag.end;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (start === end || text[start] === '<') continue;
    const body = text.slice(start, end).trim();
    try {
      const page = inflatePage(body);
      const found = page === undefined ? undefined : planAttribute(page);
      if (found !== undefined) return { ok: true, json: found };
      if (page === undefined) return { ok: false, message: TOO_LARGE_DRAWIO };
    } catch {
      return { ok: false, message: DAMAGED_DRAWIO };
    }
  }
  // Our attribute is there but could not be read whole: the file was cut off or edited by hand.
  return { ok: false, message: text.includes(`${DRAWIO_PLAN_ATTRIBUTE}=`) ? DAMAGED_DRAWIO : FOREIGN_DRAWIO };
}
