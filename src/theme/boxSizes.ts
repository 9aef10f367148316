// The sizes every box is drawn at, and the rules that size and place a box inside its container:
// shared by the full layout resolution (geometry.ts) and its update after an edit (layoutUpdate.ts).
import type { Position, Server } from '../model/schema.ts';

export const GRID = 8;

export const SERVER_WIDTH = 184;
export const SERVER_HEADER = 46;
export const ROLE_CHIP_HEIGHT = 24;
export const ROLE_CHIP_GAP = 4;
export const SERVER_PADDING = 8;
/** Room for "drop a role here" on a server with no roles. */
export const SERVER_EMPTY_BODY = 28;

export const INFRA_WIDTH = 128;
export const INFRA_HEIGHT = 68;

export const SITE_HEADER = 40;
export const SITE_PADDING = 24;
export const SITE_MIN_WIDTH = 280;
export const SITE_MIN_HEIGHT = 180;

export const CLUSTER_HEADER = 40;
export const CLUSTER_PADDING = 16;

/** Space between sites placed side by side when they have no stored position. */
export const SITE_SPACING = 64;

export type BoxKind = 'site' | 'cluster' | 'server' | 'infrastructure';

export interface Box {
  id: string;
  kind: BoxKind;
  /** The container this box is drawn in, if any. */
  parent: string | undefined;
  /** Relative to the parent (absolute when there is none). */
  x: number;
  y: number;
  /** Absolute canvas coordinates. */
  absX: number;
  absY: number;
  width: number;
  height: number;
}

export interface ResolvedLayout {
  /** In drawing order: sites, then clusters, then servers and infrastructure (containers first). */
  boxes: Box[];
  byId: Map<string, Box>;
  bounds: { x: number; y: number; width: number; height: number };
}

export function serverHeight(server: Pick<Server, 'roles' | 'product'>): number {
  const n = server.roles.length;
  const body = n === 0 ? SERVER_EMPTY_BODY : n * ROLE_CHIP_HEIGHT + (n - 1) * ROLE_CHIP_GAP;
  return SERVER_HEADER + body + SERVER_PADDING;
}

/** The container a server is drawn in: its cluster, else its site. */
export function serverParent(server: Server): string | undefined {
  return server.cluster ?? server.site;
}

/** A container's name tab and inner padding (none at the canvas's root). */
export function frameOf(kind: BoxKind | undefined): { header: number; padding: number } {
  if (kind === 'site') return { header: SITE_HEADER, padding: SITE_PADDING };
  if (kind === 'cluster') return { header: CLUSTER_HEADER, padding: CLUSTER_PADDING };
  return { header: 0, padding: 0 };
}

/** Where the `index`th child of a container (or of the canvas) goes when it has no stored position. */
export function fallbackSlot(index: number, inContainer: boolean, header: number, padding: number) {
  // One column width for every kind, so siblings of different kinds never share a slot.
  const colWidth = Math.max(SERVER_WIDTH, INFRA_WIDTH) + 32;
  const cols = 4;
  const col = index % cols;
  const row = Math.floor(index / cols);
  return inContainer
    ? { x: padding + col * colWidth, y: header + padding / 2 + row * 200 }
    : { x: col * colWidth, y: row * 220 };
}

/** How a resolved layout was made from another by an update (layoutUpdate.ts): the boxes that changed or came, by id, and the ids that went. */
export interface LayoutStep {
  from: ResolvedLayout;
  changed: ReadonlyMap<string, Box>;
  removed: ReadonlySet<string>;
}
const steps = new WeakMap<ResolvedLayout, LayoutStep>();

/** How many steps back a layout's making is kept (each step holds the layout before it). */
export const LAYOUT_STEPS = 4;

/** Notes how `result` was made (returns it); the layout LAYOUT_STEPS back forgets its own step, so the chain ends. */
export function noteLayoutStep(result: ResolvedLayout, step: LayoutStep): ResolvedLayout {
  steps.set(result, step);
  let at: ResolvedLayout | undefined = step.from;
  for (let n = 1; n < LAYOUT_STEPS && at; n++) at = steps.get(at)?.from;
  if (at) steps.delete(at);
  return result;
}

/** How `result` was made from another resolved layout, when an update made it. */
export const layoutStep = (result: ResolvedLayout): LayoutStep | undefined => steps.get(result);

/** Each bounds' extremes as they were found (x + width may round differently from the right edge). */
const extremes = new WeakMap<ResolvedLayout['bounds'], { minX: number; minY: number; maxX: number; maxY: number }>();

/** The rectangle every box fits in. */
export function boundsOf(boxes: readonly Box[]): ResolvedLayout['bounds'] {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const b of boxes) {
    minX = Math.min(minX, b.absX);
    minY = Math.min(minY, b.absY);
    maxX = Math.max(maxX, b.absX + b.width);
    maxY = Math.max(maxY, b.absY + b.height);
  }
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const bounds = { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  extremes.set(bounds, { minX, minY, maxX, maxY });
  return bounds;
}

/**
 * `boundsOf(boxes)` for boxes that are those `before` was found for, less `gone` and plus `came`:
 * worked out from `before` alone when each edge a box that went reached is reached by a box that
 * came (a site in the top row that grew: the edge is the same or further out), else from every
 * box. Either way the same numbers, walking a few boxes instead of all of them on every edit.
 */
export function boundsAfter(before: ResolvedLayout['bounds'], gone: Iterable<Box>, cameIn: Iterable<Box>, boxes: readonly Box[]): ResolvedLayout['bounds'] {
  const was = extremes.get(before);
  if (!was || boxes.length === 0) return boundsOf(boxes);
  let { minX, minY, maxX, maxY } = was;
  const came = [...cameIn];
  // Each edge's reach: beyond it, or on it with the same sign of zero (a walk's Math.min takes -0 over 0).
  const past = (v: number, edge: number, sign: 1 | -1) => v * sign > edge * sign || Object.is(v, edge);
  const edges = [(b: Box) => past(b.absX, minX, -1), (b: Box) => past(b.absY, minY, -1), (b: Box) => past(b.absX + b.width, maxX, 1), (b: Box) => past(b.absY + b.height, maxY, 1)];
  const touches = [(b: Box) => b.absX <= minX, (b: Box) => b.absY <= minY, (b: Box) => b.absX + b.width >= maxX, (b: Box) => b.absY + b.height >= maxY];
  for (const b of gone) for (const [i, reaches] of edges.entries()) if (touches[i]!(b) && !came.some(reaches)) return boundsOf(boxes);
  for (const b of came) {
    minX = Math.min(minX, b.absX);
    minY = Math.min(minY, b.absY);
    maxX = Math.max(maxX, b.absX + b.width);
    maxY = Math.max(maxY, b.absY + b.height);
  }
  const bounds = { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
  extremes.set(bounds, { minX, minY, maxX, maxY });
  return bounds;
}

type Extent = { x: number; y: number; width: number; height: number };

/** A site's or cluster's size: big enough for its children, at least its stored size. */
export function containerSize(kind: 'site' | 'cluster', kids: Iterable<Extent>, stored: Position | undefined) {
  const isSite = kind === 'site';
  const { header, padding } = frameOf(kind);
  let right = isSite ? SITE_MIN_WIDTH : SERVER_WIDTH + 2 * padding;
  let bottom = isSite ? SITE_MIN_HEIGHT : header + padding;
  for (const r of kids) {
    right = Math.max(right, r.x + r.width + padding);
    bottom = Math.max(bottom, r.y + r.height + padding);
  }
  return { width: Math.max(right, stored?.width ?? 0), height: Math.max(bottom, stored?.height ?? 0) };
}

export function rank(kind: BoxKind): number {
  return kind === 'site' ? 0 : kind === 'cluster' ? 1 : 2;
}
