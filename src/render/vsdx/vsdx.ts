// A plan as a Visio drawing (.vsdx): one page drawn from the same scene as the draw.io export and
// the same layout and routes as the SVG, with containers, glued connectors and shape data, and the
// plan itself in the document's user cells so the designer can open the file again. The XML is
// written by hand (no maintained library writes VSDX); fflate zips it.
import { zipSync } from 'fflate';
import { PLAN_FORMAT, type Plan } from '../../model/schema.ts';
import { serializePlan } from '../../model/serialize.ts';
import { buildScene, type SceneOptions } from '../scene/scene.ts';
import type { Scene, SceneItem } from '../scene/types.ts';
import { inch } from './cells.ts';
import { connectorShape } from './connectors.ts';
import { documentXml, packageParts, pagesXml } from './package.ts';
import { planRows } from './planCells.ts';
import { itemShape, ShapeIds, titleShape, type PageFrame } from './shapes.ts';

/** A fixed time stamp, so the same plan always gives the same bytes. */
const ZIP_TIME = new Date(2007, 0, 1);

export interface VsdxOptions extends SceneOptions {
  /** Carry the plan so the designer can open the file again. Default true. */
  embedPlan?: boolean;
}

/** Relationships formulas: a container lists every shape inside it, a member every container around it. */
function relationshipFormulas(items: readonly SceneItem[], ids: ShapeIds): Map<string, string> {
  const byId = new Map(items.map((i) => [i.id, i]));
  const members = new Map<string, string[]>();
  const ancestorsOf = new Map<string, string[]>();
  for (const item of items) {
    const chain: string[] = [];
    for (let p = item.parent, depth = 0; p !== undefined && byId.has(p) && depth < 5; p = byId.get(p)!.parent, depth++) {
      chain.push(p);
      const list = members.get(p) ?? [];
      list.push(item.id);
      members.set(p, list);
    }
    ancestorsOf.set(item.id, chain);
  }
  const refs = (list: readonly string[]) => list.map((id) => `Sheet.${ids.of(id)}!SheetRef()`).join(',');
  const out = new Map<string, string>();
  for (const item of items) {
    const parts: string[] = [];
    const inside = members.get(item.id);
    const around = ancestorsOf.get(item.id)!;
    if (inside) parts.push(`DEPENDSON(1,${refs(inside)})`);
    if (around.length > 0) parts.push(`DEPENDSON(4,${refs(around)})`);
    if (parts.length > 0) out.set(item.id, `SUM(${parts.join(',')})`);
  }
  return out;
}

/** The page's XML and size (inches) for a scene. */
function pageXml(scene: Scene, ids: ShapeIds): { xml: string; width: number; height: number } {
  const frame: PageFrame = { left: scene.page.x, top: scene.page.y, height: scene.page.height };
  for (const item of scene.items) ids.of(item.id); // IDs in drawing order, containers first
  const formulas = relationshipFormulas(scene.items, ids);
  const shapes = scene.items.map((item) => itemShape(item, ids, frame, formulas.get(item.id)));
  const connectors = scene.edges.map((edge) => connectorShape(edge, ids, frame));
  const xml =
    `<?xml version='1.0' encoding='utf-8' ?>\n<PageContents xmlns='http://schemas.microsoft.com/office/visio/2012/main' ` +
    `xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships' xml:space='preserve'><Shapes>` +
    (scene.title ? titleShape(scene.title, ids, frame) : '') +
    shapes.join('') +
    connectors.map((c) => c.shape).join('') +
    '</Shapes>' +
    (connectors.length > 0 ? `<Connects>${connectors.map((c) => c.connects).join('')}</Connects>` : '') +
    '</PageContents>';
  return { xml, width: inch(scene.page.width), height: inch(scene.page.height) };
}

/** Every part of the package as text, by path (for tests and tooling; renderVsdx zips these). */
export function vsdxParts(plan: Plan, options: VsdxOptions = {}): Record<string, string> {
  const scene = buildScene(plan, options);
  const page = pageXml(scene, new ShapeIds());
  const rows = options.embedPlan === false ? [] : planRows(serializePlan(plan, { compact: true }), PLAN_FORMAT);
  return packageParts({
    title: plan.name,
    document: documentXml(rows),
    pages: pagesXml(plan.name, page.width, page.height),
    page: page.xml,
  });
}

export function renderVsdx(plan: Plan, options: VsdxOptions = {}): Uint8Array {
  const encoder = new TextEncoder();
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const [path, text] of Object.entries(vsdxParts(plan, options))) files[path] = [encoder.encode(text), { mtime: ZIP_TIME }];
  return zipSync(files, { level: 6 });
}
