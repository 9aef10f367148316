// Which exported drawing a file is, by its content: a zip is a Visio package, XML whose root is
// <mxfile> or <mxGraphModel> is draw.io. The two readers return the plan JSON or a message.
import { extractPlanFromDrawio } from './drawioPlan.ts';
import type { PlanText } from './embed.ts';
import { unknownFile } from './messages.ts';
import { extractPlanFromVsdx, NOT_VISIO } from './vsdxPlan.ts';
import { rootElementName } from './xmlScan.ts';
import { isZip } from './zipParts.ts';

const DRAWIO_ROOTS = new Set(['mxfile', 'mxGraphModel']);

/** The plan JSON of a Visio or draw.io file, a message if it is one but has no plan, or undefined if it is neither. */
export function readExportedDrawing(name: string, bytes: Uint8Array): PlanText | undefined {
  if (isZip(bytes)) {
    const found = extractPlanFromVsdx(bytes);
    return !found.ok && found.message === NOT_VISIO ? { ok: false, message: unknownFile(name) } : found;
  }
  const utf8 = new TextDecoder('utf-8');
  const head = utf8.decode(bytes.subarray(0, 65536)).replace(/^\uFEFF/, '');
  if (!head.trimStart().startsWith('<') || !DRAWIO_ROOTS.has(rootElementName(head))) return undefined;
  return extractPlanFromDrawio(utf8.decode(bytes).replace(/^\uFEFF/, ''));
}
