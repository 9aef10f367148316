// Where a held picture of the plan must be repainted after a change: the old and new place of every
// item and link that changed, was (de)selected, or became or stopped being a card. Pure (no canvas):
// the same footprints decide what is dirty and what the painter redraws inside it, so every pixel an
// item or link can touch is repainted whenever it changes or anything under it does.
import type { Rect } from '../../layout/spatial.ts';
import { orderOf, type Scene, type SceneItem, type SceneLink } from './scene.ts';
import { boundsOfLink } from './near.ts';
import { sceneDiff } from './sceneDiff.ts';

/** How far (screen px) an item's paint reaches past its box: badge (<= 8 px + stroke), ring, name. */
export const ITEM_REACH = 16;
/** How far (screen px) a link's paint reaches past its route, beyond half its stroke. */
export const LINK_REACH = 4;
/** Above this share of the picture, one full repaint is cheaper than clipped ones. */
export const FULL_SHARE = 0.35;
/** Above this many rectangles (after merging), a full repaint. */
export const MAX_RECTS = 64;

/** Screen = flow * zoom + (x, y). */
export interface Transform {
  x: number;
  y: number;
  zoom: number;
}

/** What a held picture shows: the scene less its cards, with the selection marked. */
export interface Painted {
  scene: Scene;
  selection: ReadonlySet<string>;
  skip: ReadonlySet<string>;
}

const grow = (r: Rect, by: number): Rect => ({ x: r.x - by, y: r.y - by, width: r.width + 2 * by, height: r.height + 2 * by });

/** Every pixel an item paints (box, outline, selection ring, badge, name), in screen px. */
export function itemFootprint(item: SceneItem, t: Transform): Rect {
  const z = t.zoom;
  return grow({ x: item.x * z + t.x, y: item.y * z + t.y, width: Math.max(1, item.width * z), height: Math.max(1, item.height * z) }, ITEM_REACH);
}

/** How far a link's stroke reaches from its route (screen px), selected or not. */
const linkReach = (link: SceneLink, z: number) => Math.max(2.5, (link.width + 1.5) * z) / 2 + LINK_REACH;

/** Each segment of a link's route as the screen rectangle its stroke can touch. */
export function linkFootprints(link: SceneLink, t: Transform): Rect[] {
  const z = t.zoom;
  const reach = linkReach(link, z);
  const out: Rect[] = [];
  for (let i = 1; i < link.points.length; i++) {
    const a = link.points[i - 1]!;
    const b = link.points[i]!;
    const [x0, x1] = a.x < b.x ? [a.x, b.x] : [b.x, a.x];
    const [y0, y1] = a.y < b.y ? [a.y, b.y] : [b.y, a.y];
    out.push(grow({ x: x0 * z + t.x, y: y0 * z + t.y, width: (x1 - x0) * z, height: (y1 - y0) * z }, reach));
  }
  return out;
}

/**
 * Whether the flow box x0..x1, y0..y1, grown by `reach` screen px, meets any of `area` (screen
 * rectangles): the painter's test of what reaches into a repainted part, without allocating.
 */
export function meets(area: readonly Rect[], t: Transform, x0: number, y0: number, x1: number, y1: number, reach: number): boolean {
  // Plain variables and an indexed loop: this runs for every candidate of a repaint, often in code
  // not yet optimised (a page's first large repaint), where a destructured array is made per call.
  const z = t.zoom;
  const left = x0 * z + t.x - reach;
  const top = y0 * z + t.y - reach;
  const right = x1 * z + t.x + reach;
  const bottom = y1 * z + t.y + reach;
  for (let i = 0; i < area.length; i++) {
    const a = area[i]!;
    if (left < a.x + a.width && a.x < right && top < a.y + a.height && a.y < bottom) return true;
  }
  return false;
}

/** Whether an item's footprint (itemFootprint) meets `area`. */
export const itemMeets = (area: readonly Rect[], item: SceneItem, t: Transform) =>
  meets(area, t, item.x, item.y, item.x + Math.max(1 / t.zoom, item.width), item.y + Math.max(1 / t.zoom, item.height), ITEM_REACH);

/** Whether a link's stroke, anywhere along its route, can reach into `area`. */
export function linkMeets(area: readonly Rect[], link: SceneLink, t: Transform) {
  const b = boundsOfLink(link);
  return meets(area, t, b.x0, b.y0, b.x1, b.y1, linkReach(link, t.zoom));
}

/** Ids of the links of `scenes` with an end among `ends` (a walk of the links: no index kept per scene), in their order. */
export function linksAt(ends: ReadonlySet<string>, ...scenes: Scene[]): Set<string> {
  const out = new Set<string>();
  if (ends.size)
    for (const scene of scenes)
      for (const l of scene.links) if (ends.has(l.ends[0]) || ends.has(l.ends[1])) out.add(l.id);
  return out;
}

function symmetricDifference(a: ReadonlySet<string>, b: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (a === b) return out;
  for (const id of a) if (!b.has(id)) out.add(id);
  for (const id of b) if (!a.has(id)) out.add(id);
  return out;
}

/** The screen rectangles (unmerged) whose pixels differ between `prev` and `next`, or 'full' when the paint order changed. */
export function dirtyRects(prev: Painted, next: Painted, t: Transform): Rect[] | 'full' {
  const out: Rect[] = [];
  const [pi, ni] = [orderOf(prev.scene), orderOf(next.scene)];
  const itemShown = (p: Painted, i: SceneItem) => !p.skip.has(i.id);
  const linkShown = (p: Painted, l: SceneLink) => !p.skip.has(l.ends[0]) && !p.skip.has(l.ends[1]);
  const touchItem = (id: string) => {
    const [a, b] = [prev.scene.byId.get(id), next.scene.byId.get(id)];
    if (a && itemShown(prev, a)) out.push(itemFootprint(a, t));
    if (b && itemShown(next, b) && (b !== a || !itemShown(prev, a))) out.push(itemFootprint(b, t));
  };
  const touchLink = (id: string) => {
    const [a, b] = [pi.links.get(id), ni.links.get(id)];
    if (a && linkShown(prev, a)) out.push(...linkFootprints(a, t));
    if (b && linkShown(next, b) && (b !== a || !linkShown(prev, a))) out.push(...linkFootprints(b, t));
  };
  if (prev.scene !== next.scene) {
    // Kept entries in a new relative order would overlap the other way: a full repaint.
    const { items, links } = sceneDiff(prev.scene, next.scene);
    if (!items.ordered || !links.ordered) return 'full';
    items.changed.forEach(touchItem);
    links.changed.forEach(touchLink);
    items.gone.forEach(touchItem);
    links.gone.forEach(touchLink);
  }
  // Marked or unmarked as selected; shown as a card or back in the picture (with its links).
  for (const id of symmetricDifference(prev.selection, next.selection)) {
    touchItem(id);
    touchLink(id);
  }
  const cards = symmetricDifference(prev.skip, next.skip);
  cards.forEach(touchItem);
  linksAt(cards, prev.scene, next.scene).forEach(touchLink);
  return out;
}

/** Rectangles in whole device pixels (outward), within the picture; one swallowed by another dropped. */
export function snapRects(rects: readonly Rect[], dpr: number, width: number, height: number): Rect[] {
  const out: Rect[] = [];
  for (const r of rects) {
    const x0 = Math.max(0, Math.floor(r.x * dpr));
    const y0 = Math.max(0, Math.floor(r.y * dpr));
    const x1 = Math.min(width, Math.ceil((r.x + r.width) * dpr));
    const y1 = Math.min(height, Math.ceil((r.y + r.height) * dpr));
    if (x1 > x0 && y1 > y0) out.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return merge(out);
}

const union = (a: Rect, b: Rect): Rect => {
  const [x, y] = [Math.min(a.x, b.x), Math.min(a.y, b.y)];
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
};
const area = (r: Rect) => r.width * r.height;

/**
 * Overlapping rectangles become one where that adds no area beyond the two (a moved item's old and
 * new place, a card and its own links); an L of two link segments stays two, or it would take the
 * whole square between them.
 */
function merge(rects: readonly Rect[]): Rect[] {
  const out: Rect[] = [];
  next: for (let r of rects) {
    for (let j = 0; j < out.length; ) {
      const o = out[j]!;
      // Rectangles with a gap between them always add area when joined: no union to work out
      // (written out, not a call: this test runs for every pair on a large change).
      if (o.x > r.x + r.width || r.x > o.x + o.width || o.y > r.y + r.height || r.y > o.y + o.height) {
        j++;
        continue;
      }
      // One inside the other (most of a large change: cards inside a moved site's footprint): the
      // inner one goes, and nothing else needs another look (the outer one is as it was).
      const [rx1, ry1, ox1, oy1] = [r.x + r.width, r.y + r.height, o.x + o.width, o.y + o.height];
      if (o.x <= r.x && o.y <= r.y && ox1 >= rx1 && oy1 >= ry1) continue next;
      if (r.x <= o.x && r.y <= o.y && rx1 >= ox1 && ry1 >= oy1) {
        out.splice(j, 1);
        continue;
      }
      const u = union(o, r);
      if (area(u) > area(o) + area(r)) j++;
      else {
        // Joined: the larger one may now meet rectangles it missed, so they are looked at again.
        out.splice(j, 1);
        r = u;
        j = 0;
      }
    }
    out.push(r);
  }
  return out;
}

/** What a held picture was painted with besides the scene: if any differs, it is painted anew. */
export interface Frame {
  zoom: number;
  dpr: number;
  colors: unknown;
  bounds: Scene['bounds'];
}

const sameFrame = (a: Frame, b: Frame) =>
  a.zoom === b.zoom && a.dpr === b.dpr && a.colors === b.colors && a.bounds.x === b.bounds.x && a.bounds.y === b.bounds.y && a.bounds.width === b.bounds.width && a.bounds.height === b.bounds.height;

/**
 * The device-pixel rectangles of a `width` x `height` picture (painted through `t`) to repaint for
 * `next` where `prev` is held; 'full' when its frame changed or the change covers a large part of it.
 */
export function repaintArea(prev: Painted & Frame, next: Painted & Frame, t: Transform, width: number, height: number): Rect[] | 'full' {
  if (!sameFrame(prev, next)) return 'full';
  const rects = dirtyRects(prev, next, t);
  // Thousands of changes (an arrange, a paste): merging them would cost more than it saves.
  if (rects === 'full' || rects.length > 8 * MAX_RECTS) return 'full';
  const snapped = snapRects(rects, next.dpr, width, height);
  if (snapped.length > MAX_RECTS || snapped.reduce((sum, r) => sum + area(r), 0) > FULL_SHARE * width * height) return 'full';
  return snapped;
}
