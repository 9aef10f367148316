// Paints a scene into a 2D canvas: sites and clusters as framed boxes with their header band, server
// cards with a bar per role in the role's color (stacked as the chips are), infrastructure as its
// icon color, links along their routes, finding badges and outlines in their severity's color, the
// selection in the accent color. Colors are the theme's CSS variables, so light and dark both hold.
import type { Severity } from '../../rules/types.ts';
import { CLUSTER_HEADER, ROLE_CHIP_GAP, ROLE_CHIP_HEIGHT, SERVER_HEADER, SERVER_PADDING, SITE_HEADER } from '../../theme/geometry.ts';
import { INFRA_COLOR, ROLE_STYLE, SURFACE } from '../../theme/tokens.ts';
import type { Point } from '../../layout/route.ts';
import type { Rect } from '../../layout/spatial.ts';
import { ITEM_REACH, itemMeets, LINK_REACH, linkMeets, meets } from './dirty.ts';
import { boundsOfLink, boundsOfPoints, flowWindow, itemsNear, linksNear, widestLink } from './near.ts';
import type { Scene, SceneItem, SceneLink } from './scene.ts';

/** The view: screen = flow * zoom + (x, y), in CSS pixels of a canvas `width` x `height`. */
export interface View {
  x: number;
  y: number;
  zoom: number;
  width: number;
  height: number;
}

export interface Palette {
  surface: Record<keyof typeof SURFACE, string>;
  accent: string;
  severity: Record<Severity, string>;
  panel: string;
}

/** The theme's colors as the page has them now (light or dark). */
export function readPalette(root: HTMLElement = document.documentElement): Palette {
  const style = getComputedStyle(root);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  const surface = Object.fromEntries(
    Object.entries(SURFACE).map(([key, value]) => [key, read(`--surface-${key}`, value)]),
  ) as Palette['surface'];
  return {
    surface,
    accent: read('--accent', '#1f6fd1'),
    panel: read('--panel', '#ffffff'),
    severity: { error: read('--sev-error', '#c62828'), warning: read('--sev-warning', '#b26a00'), info: read('--sev-info', '#1f6fd1') },
  };
}

export interface PaintOptions {
  selection: ReadonlySet<string>;
  /** Items drawn as DOM cards right now (left out here). */
  skip: ReadonlySet<string>;
  /** Site names at a constant screen size, where they fit (not on the minimap). */
  labels: boolean;
  /**
   * Repainting part of a held picture (screen rectangles, clipped by the caller): only what can
   * touch them is painted, in the same order as a full paint.
   */
  area?: readonly Rect[];
}

function frameColors(item: SceneItem, p: Palette): [fill: string, stroke: string, band?: string] {
  const s = p.surface;
  if (item.kind === 'site')
    return item.variant === 'perimeter' ? [s.perimeter, s.perimeterBorder, s.perimeterTab] : [s.site, s.siteBorder, s.siteTab];
  if (item.kind === 'cluster')
    return item.variant === 'standby' ? [s.clusterStandby, s.clusterStandbyBorder] : [s.cluster, s.clusterBorder];
  if (item.kind === 'server') return item.variant === 'legacy' ? [s.legacy, s.legacyBorder] : [s.server, s.serverBorder];
  return [s.site, INFRA_COLOR[item.infra as keyof typeof INFRA_COLOR] ?? s.line];
}

const dashOf = (cluster: boolean) => (cluster ? [4, 3] : []);
const LABEL_FONT = "600 11px Inter, 'Segoe UI', system-ui, sans-serif";

/**
 * How far (screen px) an item with no badge, ring or name paints past its box: a fill and a 1 px
 * outline within it, a role bar or an icon square of at least 1-2 px that may poke ~1 px out of a
 * box drawn a pixel small, and antialiasing.
 */
const PLAIN_REACH = 3;

/** Whether a site's, cluster's or server's name fits (paintLabels draws it). */
const labelFits = (item: SceneItem, z: number) =>
  item.kind !== 'infrastructure' && item.width * z >= 48 && (item.kind === 'site' || (item.kind === 'cluster' ? CLUSTER_HEADER : SERVER_HEADER) * z >= 12);

/**
 * Whether an item's paint can reach into a repainted part: as far as its footprint (itemMeets) when
 * it has a badge, a ring or a name, else only as far as its plain box paints. An item left out
 * paints no pixel there, so the part comes out as a full paint has it, from fewer items.
 */
function reaches(area: readonly Rect[], item: SceneItem, view: View, o: PaintOptions) {
  const z = view.zoom;
  if (item.worst || o.selection.has(item.id) || (o.labels && labelFits(item, z))) return itemMeets(area, item, view);
  return meets(area, view, item.x, item.y, item.x + Math.max(1 / z, item.width), item.y + Math.max(1 / z, item.height), PLAIN_REACH);
}

/** Paints `scene` as seen through `view`; returns how many items and links it drew. */
export function paintScene(ctx: CanvasRenderingContext2D, scene: Scene, view: View, p: Palette, o: PaintOptions) {
  const { zoom: z } = view;
  const left = -view.x / z;
  const top = -view.y / z;
  const right = left + view.width / z;
  const bottom = top + view.height / z;
  const sx = (x: number) => x * z + view.x;
  const sy = (y: number) => y * z + view.y;
  const inView = (i: { x: number; y: number; width: number; height: number }) =>
    i.x < right && i.x + i.width > left && i.y < bottom && i.y + i.height > top;
  let items = 0;
  const labels: SceneItem[] = [];
  const marks: SceneItem[] = [];
  // Repainting a part: only what lies near it is tested (the grid of near.ts), in paint order.
  const area = o.area;
  const candidates = area ? itemsNear(scene, area.map((r) => flowWindow(r, view, ITEM_REACH + 2))) : scene.items;
  // An outline's state is set when it changes (most items share it); role bars set only the fill.
  ctx.lineWidth = 1;
  let stroked: string | undefined;
  let dashed: boolean | undefined;
  for (const item of candidates) {
    if (o.skip.has(item.id) || !inView(item) || (o.area && !reaches(o.area, item, view, o))) continue;
    items++;
    const x = sx(item.x);
    const y = sy(item.y);
    const w = Math.max(1, item.width * z);
    const h = Math.max(1, item.height * z);
    const [fill, stroke, band] = frameColors(item, p);
    if (item.kind === 'infrastructure') {
      // Light, as on the cards: the icon's color in a small square, Exchange stays the subject.
      ctx.fillStyle = stroke;
      const side = Math.max(2, Math.min(w, h) * 0.45);
      ctx.fillRect(x + (w - side) / 2, y + h * 0.15, side, side);
    } else {
      ctx.fillStyle = fill;
      ctx.fillRect(x, y, w, h);
      const header = item.kind === 'site' ? SITE_HEADER : item.kind === 'cluster' ? CLUSTER_HEADER : 0;
      if (band && header) {
        ctx.fillStyle = band;
        ctx.fillRect(x, y, w, header * z);
      }
      if (item.kind === 'server') paintRoles(ctx, item, x, y, z);
      if (stroke !== stroked) ctx.strokeStyle = stroked = stroke;
      if ((item.kind === 'cluster') !== dashed) ctx.setLineDash(dashOf((dashed = item.kind === 'cluster')));
      ctx.strokeRect(x + 0.5, y + 0.5, w - 1, h - 1);
    }
    if (item.worst || o.selection.has(item.id)) marks.push(item);
    if (o.labels && item.kind !== 'infrastructure') labels.push(item);
  }
  // Links with an end shown as a card are drawn with that card (PlanLayer's links canvas).
  // How far any link's stroke reaches past its route (screen px), as linkMeets has it, and a little.
  const linkReach = area && Math.max(2.5, (widestLink(scene) + 1.5) * z) / 2 + LINK_REACH + 2;
  const nearLinks = area ? linksNear(scene, area.map((r) => flowWindow(r, view, linkReach!))) : scene.links;
  // Routes wholly out of view are dropped by their bounds, before paintLinks maps their points.
  const near = (l: SceneLink) => {
    const b = boundsOfLink(l);
    return sx(b.x1) >= 0 && sx(b.x0) <= view.width && sy(b.y1) >= 0 && sy(b.y0) <= view.height;
  };
  const shown = nearLinks.filter((l) => !o.skip.has(l.ends[0]) && !o.skip.has(l.ends[1]) && near(l) && (!area || linkMeets(area, l, view)));
  const links = paintLinks(ctx, shown, view, p, o.selection);
  ctx.setLineDash([]);
  for (const item of marks) paintMarks(ctx, item, sx(item.x), sy(item.y), item.width * z, item.height * z, p, o.selection.has(item.id));
  if (labels.length) paintLabels(ctx, labels, sx, sy, z, p);
  return { items, links };
}

/**
 * Links along `points` (each link's own, or `pointsOf` it), as seen through `view`; how many were in
 * view. A link's own route is tested against the view by its bounds, worked out once per link.
 */
export function paintLinks(ctx: CanvasRenderingContext2D, links: readonly SceneLink[], view: View, p: Palette, selection: ReadonlySet<string>, pointsOf?: (l: SceneLink) => readonly Point[]) {
  const z = view.zoom;
  const sx = (x: number) => x * z + view.x;
  const sy = (y: number) => y * z + view.y;
  let count = 0;
  ctx.lineJoin = 'round';
  // The stroke's state is set when it changes (links of a kind share it), as the items' outlines.
  let [color, width, dash]: [string?, number?, (readonly number[])?] = [undefined, undefined, undefined];
  for (const link of links) {
    const points = pointsOf ? pointsOf(link) : link.points;
    const b = pointsOf ? boundsOfPoints(points) : boundsOfLink(link);
    if (sx(b.x1) < 0 || sx(b.x0) > view.width || sy(b.y1) < 0 || sy(b.y0) > view.height) continue;
    count++;
    const selected = selection.has(link.id);
    const c = selected ? p.accent : link.worst ? p.severity[link.worst] : link.color;
    const w = Math.max(selected ? 2.5 : 1, (link.width + (selected ? 1.5 : 0)) * z);
    if (c !== color) ctx.strokeStyle = color = c;
    if (w !== width) ctx.lineWidth = width = w;
    if (!dash || dash.length !== link.dash.length || dash.some((d, i) => d !== link.dash[i])) ctx.setLineDash((dash = link.dash).map((d) => Math.max(1.5, d * z * 1.5)));
    ctx.beginPath();
    for (let i = 0; i < points.length; i++) {
      const q = points[i]!;
      if (i) ctx.lineTo(sx(q.x), sy(q.y));
      else ctx.moveTo(sx(q.x), sy(q.y));
    }
    ctx.stroke();
  }
  ctx.setLineDash([]);
  return count;
}

/** A bar per role where the card stacks its chips, in the role's color (icon square's color). */
function paintRoles(ctx: CanvasRenderingContext2D, item: SceneItem, x: number, y: number, z: number) {
  const inset = SERVER_PADDING * z;
  item.roles.forEach((role, i) => {
    ctx.fillStyle = ROLE_STYLE[role].color;
    const top = y + (SERVER_HEADER + i * (ROLE_CHIP_HEIGHT + ROLE_CHIP_GAP)) * z;
    ctx.fillRect(x + inset, top, Math.max(1, item.width * z - 2 * inset), Math.max(1, ROLE_CHIP_HEIGHT * z));
  });
}

/** The worst severity's outline and corner badge, and the selection ring. */
function paintMarks(ctx: CanvasRenderingContext2D, item: SceneItem, x: number, y: number, w: number, h: number, p: Palette, selected: boolean) {
  if (item.worst && item.worst !== 'info') {
    ctx.strokeStyle = p.severity[item.worst];
    ctx.lineWidth = 2;
    ctx.strokeRect(x, y, w, h);
  }
  if (selected) {
    ctx.strokeStyle = p.accent;
    ctx.lineWidth = 2;
    ctx.strokeRect(x - 2, y - 2, w + 4, h + 4);
  }
  if (item.worst) {
    const r = Math.max(3, Math.min(8, w * 0.06));
    ctx.fillStyle = p.severity[item.worst];
    ctx.beginPath();
    ctx.arc(x + w, y, r, 0, Math.PI * 2);
    ctx.fill();
    ctx.strokeStyle = p.panel;
    ctx.lineWidth = 1;
    ctx.stroke();
  }
}

/**
 * Names at a readable size (11 px, as the smallest canvas text) where they fit: sites' and clusters'
 * in their header band, servers' in their header once the card is wide enough for a few letters.
 */
function paintLabels(ctx: CanvasRenderingContext2D, items: SceneItem[], sx: (x: number) => number, sy: (y: number) => number, z: number, p: Palette) {
  ctx.font = LABEL_FONT;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = p.surface.ink;
  for (const item of items) {
    const w = item.width * z;
    const header = item.kind === 'site' ? SITE_HEADER : item.kind === 'cluster' ? CLUSTER_HEADER : SERVER_HEADER;
    if (!labelFits(item, z)) continue;
    const x = sx(item.x) + 4;
    const y = sy(item.y) + Math.max(7, (header * z) / 2);
    let text = item.name;
    while (text.length > 1 && ctx.measureText(text).width > w - 8) text = text.slice(0, -2) + '…';
    ctx.fillText(text, x, y);
  }
}
