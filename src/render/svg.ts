// The one renderer: a plan (with its layout) to a standalone SVG document, as a string, without a
// DOM. The browser's Export SVG/PNG, the CLI's `render` and the tests all call this function.
import { PLAN_FORMAT, PLAN_VERSION, type Plan } from '../model/schema.ts';
import { serializePlan } from '../model/serialize.ts';
import type { Finding } from '../rules/types.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { FONT_FAMILY, SURFACE } from '../theme/tokens.ts';
import { clusterSvg } from './cluster.ts';
import type { RenderContext } from './context.ts';
import { defsSvg } from './defs.ts';
import { escapeJsonForXml, escapeXml } from './escape.ts';
import { summarizeFindings } from './findings.ts';
import { infrastructureSvg } from './infrastructure.ts';
import { linkLayer } from './links.ts';
import type { Rect } from '../layout/spatial.ts';
import { serverSvg } from './server.ts';
import { siteSvg } from './site.ts';
import { num } from './text.ts';
import { titleBlockSvg } from './titleBlock.ts';
import { darkenSvg } from './darkTheme.ts';
import { diagramArea, placeOnPage, type PageFrame } from './pageFrame.ts';

export interface RenderOptions {
  /** Findings to badge on items and count in the title block; omitted = counts not shown. */
  findings?: readonly Finding[];
  /** Shown in the title block as given (e.g. "2024-05-01"); the renderer never reads the clock. */
  date?: string;
  /** @font-face CSS with data: URLs (fontNode.ts / fontBrowser.ts), so the file looks the same everywhere. */
  fontCss?: string;
  /** Embed the plan JSON in <metadata> so the file can be opened again for editing. Default true. */
  embedPlan?: boolean;
  /** Draw the title block. Default true. */
  title?: boolean;
  /** Lay the document out on a sheet (title block on top, the diagram scaled to fit); default: drawing size. */
  page?: PageFrame;
  /** 'dark' recolors the document with the dark theme; exports are light unless asked. */
  theme?: 'light' | 'dark';
  /** The plan carried in <metadata>, when it is not the one drawn (an export of one site carries the whole plan). */
  metadataPlan?: Plan;
}

/** The element (id and data-format) that carries the plan; share/embed.ts reads it back. */
export const PLAN_METADATA_ID = 'exchange-topology-plan';
const MARGIN = 32;
const MIN_WIDTH = 720;

function cardsSvg(ctx: RenderContext): string {
  const { plan, layout } = ctx;
  const sites = new Map(plan.sites.map((s) => [s.id, s]));
  const clusters = new Map(plan.clusters.map((c) => [c.id, c]));
  const servers = new Map(plan.servers.map((s) => [s.id, s]));
  const infra = new Map(plan.infrastructure.map((i) => [i.id, i]));
  const parts: string[] = [];
  // layout.boxes is in drawing order: containers before what they hold.
  for (const box of layout.boxes) {
    const site = sites.get(box.id);
    if (site) parts.push(siteSvg(site, box, ctx));
    const cluster = clusters.get(box.id);
    if (cluster) parts.push(clusterSvg(cluster, box, ctx));
    const server = servers.get(box.id);
    if (server) parts.push(serverSvg(server, box, ctx));
    const item = infra.get(box.id);
    if (item) parts.push(infrastructureSvg(item, box, ctx));
  }
  return parts.join('\n');
}

function union(a: Rect, b: Rect | undefined): Rect {
  if (!b) return a;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return {
    x,
    y,
    width: Math.max(a.x + a.width, b.x + b.width) - x,
    height: Math.max(a.y + a.height, b.y + b.height) - y,
  };
}

/** The active node of each cluster (its first node), by cluster id; '' for a standby cluster, whose nodes are all passive. */
export function activeNodes(plan: Plan): Map<string, string> {
  const active = new Map<string, string>(plan.clusters.filter((c) => c.standby).map((c) => [c.id, '']));
  for (const s of plan.servers)
    if (s.cluster !== undefined && !active.has(s.cluster)) active.set(s.cluster, s.id);
  return active;
}

/** The title block, the diagram and the document's size: drawing size, or placed on a sheet. */
function compose(ctx: RenderContext, options: RenderOptions) {
  const { plan, layout } = ctx;
  const showTitle = options.title ?? true;
  const empty = layout.boxes.length === 0;
  const links = linkLayer(ctx);
  const bounds = union(layout.bounds, links.extent);
  const diagramWidth = bounds.width + 2 * MARGIN;
  const diagramHeight = empty ? 120 : bounds.height + 2 * MARGIN;
  const page = options.page;
  const width = page ? page.width : Math.ceil(Math.max(diagramWidth, showTitle ? MIN_WIDTH : 320));
  const titleWidth = page ? page.width - 2 * page.margin : width;
  const title = showTitle
    ? titleBlockSvg(plan, titleWidth, { findings: options.findings, date: options.date })
    : { svg: '', height: 0 };
  const place = page
    ? placeOnPage(diagramArea(page, title.height), { width: diagramWidth, height: diagramHeight })
    : { scale: 1, x: 0, y: title.height };
  const height = page ? page.height : Math.ceil(title.height + diagramHeight);
  const at = (dx: number, dy: number) => `translate(${num(place.x + dx * place.scale)},${num(place.y + dy * place.scale)})`;
  const scaled = place.scale === 1 ? '' : ` scale(${num4(place.scale)})`;
  const diagram = empty
    ? `<text x="${num(page ? page.width / 2 : width / 2)}" y="${num(place.y + 64)}" text-anchor="middle" class="t-note">This plan has nothing to draw yet.</text>`
    : `<g class="diagram" transform="${at(MARGIN - bounds.x, MARGIN - bounds.y)}${scaled}">\n` +
      // Links after the cards, so their labels are never hidden under one.
      `${cardsSvg(ctx)}\n${links.svg}\n</g>`;
  const titleSvg = page && title.svg ? `<g transform="translate(${num(page.margin)},${num(page.margin)})">${title.svg}</g>` : title.svg;
  return { width, height, body: titleSvg + '\n' + diagram, scale: place.scale };
}

const num4 = (value: number) => String(Math.round(value * 10000) / 10000);

function renderContext(plan: Plan, options: RenderOptions): RenderContext {
  return {
    plan,
    layout: resolveLayout(plan),
    findings: summarizeFindings(options.findings ?? []),
    activeNode: activeNodes(plan),
  };
}

export function renderSvg(plan: Plan, options: RenderOptions = {}): string {
  return renderDocument(plan, options).svg;
}

export interface RenderedDocument {
  svg: string;
  /** The document's size in its own units (CSS pixels). */
  width: number;
  height: number;
  /** How much a page export shrank the diagram to fit (1 = full size). */
  scale: number;
}

export function renderDocument(plan: Plan, options: RenderOptions = {}): RenderedDocument {
  const { width, height, body, scale } = compose(renderContext(plan, options), options);
  const page = options.page;
  const size = page
    ? `width="${page.widthAttr ?? num(width)}" height="${page.heightAttr ?? num(height)}" viewBox="0 0 ${num(width)} ${num(height)}"`
    : `width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"`;

  const metadata =
    options.embedPlan === false
      ? ''
      : `<metadata id="${PLAN_METADATA_ID}" data-format="${PLAN_FORMAT}" data-version="${PLAN_VERSION}">` +
        `${escapeJsonForXml(serializePlan(options.metadataPlan ?? plan, { compact: true }))}</metadata>\n`;

  const svg =
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" ${size} ` +
    `font-family="${escapeXml(FONT_FAMILY)}" font-size="12" fill="${SURFACE.ink}">\n` +
    `<title>${escapeXml(plan.name)}</title>\n` +
    '<desc>Exported by Exchange Topology Designer. Open this file in the designer to edit the plan it carries.</desc>\n' +
    metadata +
    defsSvg(body, options.fontCss) +
    '\n' +
    // A sheet of paper is white; a drawing-size export has the canvas's background.
    `<rect width="${num(width)}" height="${num(height)}" fill="${page ? '#ffffff' : SURFACE.canvas}"/>\n` +
    body +
    '\n</svg>\n';
  return { svg: options.theme === 'dark' ? darkenSvg(svg) : svg, width, height, scale };
}
