// A plan as a draw.io diagram (.drawio, uncompressed mxGraph XML) from the same scene as the Visio
// export: sites, the perimeter network and clusters as containers holding their items, parts as
// child cells, links as orthogonal edges through our route's waypoints, shape data as attributes
// of <object> wrappers, and the plan on the root cell so the designer can open the file again.
import type { Plan } from '../../model/schema.ts';
import { serializePlan } from '../../model/serialize.ts';
import { escapeJsonForXml, escapeXml } from '../escape.ts';
import type { Point } from '../../layout/connector.ts';
import { buildScene, type SceneOptions } from '../scene/scene.ts';
import type { SceneEdge, SceneItem, ScenePart, SceneTitle } from '../scene/types.ts';
import { num } from '../text.ts';
import { edgeStyle, escapeHtml, iconStyle, labelHtml, partStyle } from './cellStyle.ts';
import { DRAWIO_PLAN_ATTRIBUTE } from './planAttribute.ts';


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

/** A part drawn as a child cell of `parent`: a box with its label, an icon image, or a free line. */
function partCell(part: ScenePart, id: string, parent: string): string {
  const fixed = 'movable=0;resizable=0;rotatable=0;deletable=0;connectable=0;';
  if (part.path) {
    const [a, b] = [part.path.points[0]!, part.path.points[part.path.points.length - 1]!];
    const style = edgeStyle({ color: part.stroke!, width: part.strokeWidth ?? 1, dash: part.dash ?? '', arrow: part.path.arrow, round: part.path.round }) + fixed;
    return (
      `<mxCell${attr('id', id)} value=""${attr('style', style)} edge="1"${attr('parent', parent)}><mxGeometry relative="1" as="geometry">` +
      `<mxPoint x="${num(part.x + a.x)}" y="${num(part.y + a.y)}" as="sourcePoint"/><mxPoint x="${num(part.x + b.x)}" y="${num(part.y + b.y)}" as="targetPoint"/>` +
      '</mxGeometry></mxCell>'
    );
  }
  const style = part.icon ? iconStyle(part) + fixed : partStyle(part) + fixed;
  return vertex(id, parent, labelHtml(part.text), style, [part.x, part.y, part.width, part.height]);
}

/** The item's cell (wrapped in <object> for its data) and its parts as child cells. */
function itemCells(item: SceneItem, id: string, parent: { id: string; x: number; y: number }): string {
  const [frame, ...parts] = item.parts;
  const data =
    attr('label', labelHtml(frame!.text)) +
    attr('planId', item.id) +
    attr('planKind', item.kind) +
    item.data.map((f) => attr(f.key, f.value)).join('');
  const extra = item.container ? ['container=1', 'collapsible=0', 'recursiveResize=0'] : ['container=0', 'collapsible=0'];
  const style = partStyle(frame!, extra);
  const box: [number, number, number, number] = [item.x - parent.x, item.y - parent.y, item.width, item.height];
  const own = `<object${attr('id', id)}${data}><mxCell${attr('style', style)} vertex="1"${attr('parent', parent.id)}>${geometry(...box)}</mxCell></object>`;
  return own + parts.map((part, k) => partCell(part, `${id}-${k + 1}`, id)).join('');
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
  const style = edgeStyle({ ...edge, round: edge.kind === 'witness' }) + side(first, source.item, 'exit') + side(last, target.item, 'entry');
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

/** The title area: an invisible cell holding the plan name, meta line and legend. */
function titleCells(title: SceneTitle, origin: Point): string {
  const style = 'text;html=1;strokeColor=none;fillColor=none;resizable=0;connectable=0;collapsible=0;';
  const box: [number, number, number, number] = [title.x - origin.x, title.y - origin.y, title.width, title.height];
  return vertex('title', '1', '', style, box) + title.parts.map((part, k) => partCell(part, `title-${k + 1}`, 'title')).join('');
}

export function renderDrawio(plan: Plan, options: DrawioOptions = {}): string {
  const scene = buildScene(plan, options);
  const { width, height } = scene.page;
  const origin = { x: scene.page.x, y: scene.page.y };
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
    (scene.title ? titleCells(scene.title, origin) : '') +
    '\n' +
    body.join('\n') +
    '\n' +
    edges.join('\n') +
    '\n</root></mxGraphModel></diagram></mxfile>\n'
  );
}
