// A plan as a draw.io diagram (.drawio, uncompressed mxGraph XML) from the same scene as the Visio
// export: sites, the perimeter network and clusters as containers holding their items, parts as
// child cells, links as orthogonal edges through our route's waypoints, shape data as attributes
// of <object> wrappers, and the plan on the root cell so the designer can open the file again.
import type { Plan } from '../../model/schema.ts';
import { serializePlan } from '../../model/serialize.ts';
import { escapeJsonForXml, escapeXml } from '../escape.ts';
import type { Point } from '../route.ts';
import { buildScene, type SceneOptions } from '../scene/scene.ts';
import type { Scene, SceneEdge, SceneItem } from '../scene/types.ts';
import { num } from '../text.ts';
import { edgeStyle, escapeHtml, iconStyle, labelHtml, partStyle } from './cellStyle.ts';

/** The root cell's attribute that carries the plan JSON (kept by draw.io as diagram data). */
export const DRAWIO_PLAN_ATTRIBUTE = 'exchangeTopologyPlan';

const MARGIN = 32;
const TITLE_HEIGHT = 64;

export interface DrawioOptions extends SceneOptions {
  /** Carry the plan so the designer can open the file again. Default true. */
  embedPlan?: boolean;
}

const attr = (name: string, value: string) => ` ${name}="${escapeXml(value)}"`;
const geometry = (x: number, y: number, w: number, h: number) =>
  `<mxGeometry x="${num(x)}" y="${num(y)}" width="${num(w)}" height="${num(h)}" as="geometry"/>`;

function vertex(id: string, parent: string, label: string, style: string, box: [number, number, number, number]): string {
  return `<mxCell${attr('id', id)}${attr('value', label)}${attr('style', style)} vertex="1"${attr('parent', parent)}>${geometry(...box)}</mxCell>`;
}

/** The item's cell (wrapped in <object> for its data) and its parts as child cells. */
function itemCells(item: SceneItem, id: string, parent: { id: string; x: number; y: number }): string {
  const [frame, ...parts] = item.parts;
  const data =
    attr('label', labelHtml(frame!.text)) +
    attr('planId', item.id) +
    attr('planKind', item.kind) +
    item.data.map((f) => attr(f.key, f.value)).join('');
  const extra = item.container ? ['container=1', 'collapsible=0', 'recursiveResize=0'] : ['container=0'];
  const style = partStyle(frame!, extra);
  const box: [number, number, number, number] = [item.x - parent.x, item.y - parent.y, item.width, item.height];
  let out = `<object${attr('id', id)}${data}><mxCell${attr('style', style)} vertex="1"${attr('parent', parent.id)}>${geometry(...box)}</mxCell></object>`;
  parts.forEach((part, k) => {
    const fixed = 'movable=0;resizable=0;rotatable=0;deletable=0;connectable=0;';
    const style = part.icon ? iconStyle(part) + fixed : partStyle(part) + fixed;
    out += vertex(`${id}-${k + 1}`, id, labelHtml(part.text), style, [part.x, part.y, part.width, part.height]);
  });
  return out;
}

/** Where along the polyline (-1 start .. 1 end, draw.io's edge label position) a point lies. */
function along(points: readonly Point[], at: Point): number {
  let total = 0;
  let before = 0;
  let best = Infinity;
  for (let i = 1; i < points.length; i++) {
    const p = points[i - 1]!;
    const q = points[i]!;
    const length = Math.abs(q.x - p.x) + Math.abs(q.y - p.y);
    const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((at.x - p.x) * (q.x - p.x) + (at.y - p.y) * (q.y - p.y)) / (length * length)));
    const d = Math.abs(p.x + (q.x - p.x) * t - at.x) + Math.abs(p.y + (q.y - p.y) * t - at.y);
    if (d < best) [best, before] = [d, total + t * length];
    total += length;
  }
  return total === 0 ? 0 : (2 * before) / total - 1;
}

function edgeCell(edge: SceneEdge, id: string, cells: Map<string, { id: string; item: SceneItem }>, origin: Point): string {
  const source = cells.get(edge.from)!;
  const target = cells.get(edge.to)!;
  const first = edge.points[0]!;
  const last = edge.points[edge.points.length - 1]!;
  const side = (p: Point, item: SceneItem, prefix: 'exit' | 'entry') =>
    `${prefix}X=${num((p.x - item.x) / item.width)};${prefix}Y=${num((p.y - item.y) / item.height)};${prefix}Dx=0;${prefix}Dy=0;${prefix}Perimeter=0;`;
  const style = edgeStyle(edge) + side(first, source.item, 'exit') + side(last, target.item, 'entry');
  const waypoints = edge.points
    .slice(1, -1)
    .map((p) => `<mxPoint x="${num(p.x - origin.x)}" y="${num(p.y - origin.y)}"/>`)
    .join('');
  const x = edge.label ? num(along(edge.points, edge.label)) : '0';
  const data = attr('label', edge.label ? escapeHtml(edge.label.text) : '') + attr('planId', edge.id) + attr('planKind', edge.kind === 'witness' ? 'witness' : 'link') + (edge.kind === 'witness' ? '' : attr('linkKind', edge.kind));
  return (
    `<object${attr('id', id)}${data}><mxCell${attr('style', style)} edge="1" parent="1"${attr('source', source.id)}${attr('target', target.id)}>` +
    `<mxGeometry x="${x}" relative="1" as="geometry"><mxPoint x="${num(first.x - origin.x)}" y="${num(first.y - origin.y)}" as="sourcePoint"/>` +
    `<mxPoint x="${num(last.x - origin.x)}" y="${num(last.y - origin.y)}" as="targetPoint"/>` +
    (waypoints ? `<Array as="points">${waypoints}</Array>` : '') +
    '</mxGeometry></mxCell></object>'
  );
}

function titleCell(scene: Scene, width: number): string {
  if (!scene.title) return '';
  const label = labelHtml([
    [{ text: scene.title.name, size: 20, color: '#1d2430', bold: true }],
    [{ text: scene.title.meta, size: 12, color: '#5d6b7a' }],
  ]);
  const style = 'text;html=1;whiteSpace=wrap;align=left;verticalAlign=top;spacing=0;fontFamily=Arial;strokeColor=none;fillColor=none;';
  return vertex('title', '1', label, style, [MARGIN, MARGIN / 2, width - 2 * MARGIN, TITLE_HEIGHT]);
}

export function renderDrawio(plan: Plan, options: DrawioOptions = {}): string {
  const scene = buildScene(plan, options);
  const title = scene.title ? TITLE_HEIGHT : 0;
  const width = Math.ceil(Math.max(scene.bounds.width + 2 * MARGIN, scene.title ? 720 : 320));
  const height = Math.ceil(title + Math.max(scene.bounds.height, 60) + 2 * MARGIN);
  const origin = { x: scene.bounds.x - MARGIN, y: scene.bounds.y - MARGIN - title };
  const cells = new Map<string, { id: string; item: SceneItem }>();
  scene.items.forEach((item, i) => cells.set(item.id, { id: `${item.kind}-${i + 1}`, item }));
  const body = scene.items.map((item) => {
    const parent = item.parent !== undefined ? cells.get(item.parent) : undefined;
    const at = parent ? { id: parent.id, x: parent.item.x, y: parent.item.y } : { id: '1', ...origin };
    return itemCells(item, cells.get(item.id)!.id, at);
  });
  const edges = scene.edges.map((edge, i) => edgeCell(edge, `${edge.kind === 'witness' ? 'witness' : 'link'}-${i + 1}`, cells, origin));
  const planAttr =
    options.embedPlan === false ? '' : ` ${DRAWIO_PLAN_ATTRIBUTE}="${escapeJsonForXml(serializePlan(plan, { compact: true }))}"`;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<mxfile host="Exchange Topology Designer" type="device" compressed="false">` +
    `<diagram id="exchange-topology"${attr('name', plan.name)}>` +
    `<mxGraphModel dx="0" dy="0" grid="0" gridSize="8" guides="1" tooltips="1" connect="1" arrows="1" fold="1" page="1" ` +
    `pageScale="1" pageWidth="${width}" pageHeight="${height}" math="0" shadow="0"><root>\n` +
    `<object label="" id="0"${planAttr}><mxCell/></object>\n<mxCell id="1" parent="0"/>\n` +
    titleCell(scene, width) +
    '\n' +
    body.join('\n') +
    '\n' +
    edges.join('\n') +
    '\n</root></mxGraphModel></diagram></mxfile>\n'
  );
}
