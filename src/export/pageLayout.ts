// Fitting a plan to a sheet of paper without touching the user's plan: a copy whose layout is
// re-flowed for the page's shape. Top-level boxes (sites, the perimeter, the Internet and its
// firewalls) keep their reading order but wrap into rows; a site with a long row of servers may
// wrap them into fewer columns. Of all such arrangements the one drawn largest on the page wins,
// and the plan's own layout is kept whenever it is drawn as large as any.
import type { Layout, Plan } from '../model/schema.ts';
import { resolveLayout, SERVER_WIDTH, SITE_HEADER, SITE_MIN_HEIGHT, SITE_MIN_WIDTH, SITE_PADDING, type Box } from '../theme/geometry.ts';
import { flowRows, snap, type Sized } from '../layout/flow.ts';

/** The room on the page for the diagram, in the drawing's units. */
export interface PageArea {
  width: number;
  height: number;
}

/** Padding the renderer puts around the diagram (render/svg.ts MARGIN). */
const DIAGRAM_MARGIN = 32;
const TOP_GAP = 64;
const ITEM_GAP = 24;
const ROW_GAP = 32;
const CONTENT_TOP = SITE_HEADER + 16;
/** Most columns a wrapped site is tried with; beyond it the plan's own rows are kept. */
const MAX_COLUMNS = 8;
/** A re-flow must draw the diagram this much larger than the plan's own layout to be worth it. */
const WORTH_IT = 1.08;

/** Boxes in reading order: rows of boxes that overlap vertically, each left to right. */
function readingOrder<T extends { x: number; y: number; height: number }>(boxes: readonly T[]): T[] {
  const byTop = [...boxes].sort((a, b) => a.y - b.y || a.x - b.x);
  const rows: T[][] = [];
  let bottom = -Infinity;
  for (const box of byTop) {
    const row = rows[rows.length - 1];
    if (row && box.y + box.height / 2 < bottom) {
      row.push(box);
      bottom = Math.max(bottom, box.y + box.height);
    } else {
      rows.push([box]);
      bottom = box.y + box.height;
    }
  }
  return rows.flatMap((row) => row.sort((a, b) => a.x - b.x));
}

/** A site's contents re-flowed into at most `columns` server widths; undefined if that changes nothing. */
function wrapSite(site: Box, children: readonly Box[], columns: number) {
  if (children.length <= columns) return undefined;
  const maxWidth = columns * (SERVER_WIDTH + ITEM_GAP) - ITEM_GAP;
  const flow = flowRows(readingOrder(children), { x: SITE_PADDING, y: CONTENT_TOP, maxWidth, gapX: ITEM_GAP, gapY: ROW_GAP });
  const width = snap(Math.max(SITE_MIN_WIDTH, flow.right + SITE_PADDING));
  if (width >= site.width) return undefined;
  const height = snap(Math.max(SITE_MIN_HEIGHT, flow.bottom + SITE_PADDING));
  return { width, height, placed: flow.placed };
}

/** Rows no wider than `maxWidth`, each box centred on its row's middle line. */
function shelve(boxes: readonly Sized[], maxWidth: number) {
  const rows: Sized[][] = [];
  let used = 0;
  for (const box of boxes) {
    const row = rows[rows.length - 1];
    if (row && used + TOP_GAP + box.width <= maxWidth) {
      row.push(box);
      used += TOP_GAP + box.width;
    } else {
      rows.push([box]);
      used = box.width;
    }
  }
  const placed = new Map<string, { x: number; y: number }>();
  let y = 0;
  let width = 0;
  for (const row of rows) {
    const height = Math.max(...row.map((b) => b.height));
    let x = 0;
    for (const b of row) {
      placed.set(b.id, { x, y: snap(y + (height - b.height) / 2) });
      x = snap(x + b.width + TOP_GAP);
    }
    width = Math.max(width, x - TOP_GAP);
    y = snap(y + height + TOP_GAP);
  }
  return { placed, width, height: y - TOP_GAP };
}

const scaleIn = (area: PageArea, width: number, height: number) =>
  Math.min(1, area.width / (width + 2 * DIAGRAM_MARGIN), area.height / (height + 2 * DIAGRAM_MARGIN));

/** A copy of `plan` laid out to be drawn as large as possible in `area`; `plan` itself if it already is. */
export function arrangeForPage(plan: Plan, area: PageArea): Plan {
  const { boxes, bounds } = resolveLayout(plan);
  const top = readingOrder(boxes.filter((b) => b.parent === undefined));
  if (top.length === 0) return plan;
  const own = scaleIn(area, bounds.width, bounds.height);
  if (own >= 1) return plan;

  const childrenOf = new Map<string, Box[]>();
  for (const b of boxes) if (b.parent !== undefined) childrenOf.set(b.parent, [...(childrenOf.get(b.parent) ?? []), b]);
  const widest = Math.max(...top.map((b) => (b.kind === 'site' ? (childrenOf.get(b.id)?.length ?? 0) : 0)));

  let best: { scale: number; layout: Layout } | undefined;
  for (let columns = 0; columns <= Math.min(MAX_COLUMNS, widest); columns++) {
    // columns 0: every site as the user drew it.
    const wraps = new Map(top.map((b) => [b.id, columns > 0 && b.kind === 'site' ? wrapSite(b, childrenOf.get(b.id) ?? [], columns) : undefined]));
    const sized = top.map((b) => ({ id: b.id, width: wraps.get(b.id)?.width ?? b.width, height: wraps.get(b.id)?.height ?? b.height }));
    const total = sized.reduce((sum, b) => sum + b.width + TOP_GAP, -TOP_GAP);
    const candidates = new Set<number>([total]);
    let run = 0;
    for (const b of sized) candidates.add((run += b.width + (run > 0 ? TOP_GAP : 0)));
    for (const rowWidth of candidates) {
      const shelf = shelve(sized, rowWidth);
      const scale = scaleIn(area, shelf.width, shelf.height);
      if (best && scale <= best.scale) continue;
      const layout: Layout = { ...plan.layout };
      for (const b of sized) {
        const at = shelf.placed.get(b.id)!;
        const original = top.find((t) => t.id === b.id)!;
        layout[b.id] = original.kind === 'site' ? { x: at.x, y: at.y, width: b.width, height: b.height } : { x: at.x, y: at.y };
        for (const p of wraps.get(b.id)?.placed ?? []) layout[p.id] = { ...layout[p.id], x: p.x, y: p.y };
      }
      best = { scale, layout };
    }
  }
  return best && best.scale >= own * WORTH_IT ? { ...plan, layout: best.layout } : plan;
}
