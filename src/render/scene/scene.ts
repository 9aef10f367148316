// A plan as a format-neutral scene, from the same resolved layout and link routes as the SVG
// export: the Visio (.vsdx) and draw.io writers render this and nothing else.
import type { Plan } from '../../model/schema.ts';
import { resolveLayout } from '../../theme/geometry.ts';
import type { RenderContext } from '../context.ts';
import type { Rect } from '../../layout/spatial.ts';
import { activeNodes } from '../svg.ts';
import { sceneEdges } from './edges.ts';
import { clusterItem, infrastructureItem, serverItem, siteItem } from './items.ts';
import { titleParts } from './title.ts';
import type { Scene, SceneItem } from './types.ts';

export interface SceneOptions {
  /** Shown after the plan name's meta line (e.g. "2024-05-01"); the scene never reads the clock. */
  date?: string;
  /** Include the plan name and meta line above the drawing. Default true. */
  title?: boolean;
}

function extend(bounds: Rect | undefined, x: number, y: number, dx = 0, dy = 0): Rect {
  if (!bounds) return { x: x - dx, y: y - dy, width: 2 * dx, height: 2 * dy };
  const x0 = Math.min(bounds.x, x - dx);
  const y0 = Math.min(bounds.y, y - dy);
  const x1 = Math.max(bounds.x + bounds.width, x + dx);
  const y1 = Math.max(bounds.y + bounds.height, y + dy);
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

/** Room around the drawing, as in the SVG. */
const MARGIN = 32;

export function buildScene(plan: Plan, options: SceneOptions = {}): Scene {
  const layout = resolveLayout(plan);
  const ctx: RenderContext = { plan, layout, findings: new Map(), activeNode: activeNodes(plan) };
  const sites = new Map(plan.sites.map((s) => [s.id, s]));
  const clusters = new Map(plan.clusters.map((c) => [c.id, c]));
  const servers = new Map(plan.servers.map((s) => [s.id, s]));
  const infra = new Map(plan.infrastructure.map((i) => [i.id, i]));
  const items: SceneItem[] = [];
  // layout.boxes is in drawing order: containers before what they hold.
  for (const box of layout.boxes) {
    const site = sites.get(box.id);
    const cluster = clusters.get(box.id);
    const server = servers.get(box.id);
    const thing = infra.get(box.id);
    if (site) items.push(siteItem(site, box, plan));
    else if (cluster) items.push(clusterItem(cluster, box, plan));
    else if (server) items.push(serverItem(server, box, plan, ctx.activeNode));
    else if (thing) items.push(infrastructureItem(thing, box, plan));
  }
  const edges = sceneEdges(ctx);
  let bounds: Rect | undefined = items.length > 0 ? { ...layout.bounds } : undefined;
  for (const edge of edges) {
    for (const p of edge.points) bounds = extend(bounds, p.x, p.y, 6, 6);
    if (edge.label) bounds = extend(bounds, edge.label.x, edge.label.y, edge.label.width / 2, 9);
  }
  const drawn = bounds ?? { x: 0, y: 0, width: 0, height: 0 };
  const showTitle = options.title !== false;
  const width = Math.ceil(Math.max(drawn.width + 2 * MARGIN, showTitle ? 720 : 320));
  const head = showTitle ? titleParts(plan, width, options.date) : undefined;
  const top = head?.height ?? 0;
  const page = { x: drawn.x - MARGIN, y: drawn.y - MARGIN - top, width, height: Math.ceil(top + Math.max(drawn.height, 60) + 2 * MARGIN) };
  const title = head && { x: page.x, y: page.y, width, height: head.height, parts: head.parts };
  return { title, page, items, edges, bounds: drawn };
}
