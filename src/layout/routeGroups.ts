// Links only meet the links near them: routes are spread apart, and labels placed, group by group,
// a group being the links whose segments come within reach of each other. A group whose links are
// what they were (and, for labels, whose surroundings did not change) keeps its result, so an edit
// re-separates and re-labels only around what it touched, and the result is the one a fresh router
// gives: labels never reach past their group, and separating groups apart is what the router does.
import type { Point, Surroundings } from './connector.ts';
import { LABEL_HEIGHT, placeLabels, type LabelRequest, type LinkLabel } from './linkLabels.ts';
import { separate, SEPARATION, type Wire } from './nudge.ts';
import { SpatialIndex, type Rect } from './spatial.ts';

/** Segments nearer than this (either side) put their links in one group for spreading apart. */
const SPREAD_REACH = 2 * SEPARATION;
/** A label pill reaches half its height across its line; another link's line or label beyond it cannot meet it. */
const LABEL_REACH = LABEL_HEIGHT / 2 + 3;

export interface RawWire {
  id: string;
  points: Point[];
  ends: [Rect, Rect];
  near: Surroundings;
}

/**
 * Groups of wire indices (ascending; groups by their first index) whose segments come within
 * `reach`: a sweep over the segments by left edge (a grid would visit every cell a long link
 * crosses), joining wires whose boxes overlap on both axes.
 */
export function groupsOf(wires: readonly { points: readonly Point[] }[], reach: number): number[][] {
  const parent = wires.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const segs: { rect: Rect; owner: number }[] = [];
  wires.forEach((w, owner) => {
    for (let i = 1; i < w.points.length; i++) segs.push({ rect: segmentRect(w.points[i - 1]!, w.points[i]!, reach), owner });
  });
  segs.sort((a, b) => a.rect.x - b.rect.x);
  let active: { rect: Rect; owner: number }[] = [];
  for (const s of segs) {
    const x = s.rect.x;
    active = active.filter((a) => a.rect.x + a.rect.width >= x);
    for (const a of active)
      if (a.owner !== s.owner && a.rect.y <= s.rect.y + s.rect.height && s.rect.y <= a.rect.y + a.rect.height) parent[find(s.owner)] = find(a.owner);
    active.push(s);
  }
  const groups = new Map<number, number[]>();
  wires.forEach((_, i) => {
    const root = find(i);
    const list = groups.get(root);
    if (list) list.push(i);
    else groups.set(root, [i]);
  });
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}

function segmentRect(p: Point, q: Point, reach: number): Rect {
  const x = Math.min(p.x, q.x) - reach;
  const y = Math.min(p.y, q.y) - reach;
  return { x, y, width: Math.abs(q.x - p.x) + 2 * reach, height: Math.abs(q.y - p.y) + 2 * reach };
}

function boundsOf(lists: readonly (readonly Point[])[], reach: number): Rect {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const points of lists)
    for (const p of points) [x0, y0, x1, y1] = [Math.min(x0, p.x), Math.min(y0, p.y), Math.max(x1, p.x), Math.max(y1, p.y)];
  return { x: x0 - reach, y: y0 - reach, width: x1 - x0 + 2 * reach, height: y1 - y0 + 2 * reach };
}

interface Spread {
  ids: string[];
  raw: Point[][];
  near: Surroundings[];
  out: Point[][];
}

interface Labelled {
  ids: string[];
  lines: Point[][];
  texts: string;
  region: Rect;
  out: (LinkLabel | undefined)[];
}

/** Separation and labels with a memory of each group's result (one per router). */
export class RouteGroups {
  private spread = new Map<string, Spread>();
  private labelled = new Map<string, Labelled>();

  /** Each wire's points spread apart from its neighbours' (new arrays only where a group changed). */
  separate(wires: readonly RawWire[]): Point[][] {
    const out: Point[][] = new Array(wires.length);
    const next = new Map<string, Spread>();
    for (const group of groupsOf(wires, SPREAD_REACH)) {
      const members = group.map((i) => wires[i]!);
      let kept = this.spread.get(members[0]!.id);
      const same =
        kept && kept.ids.length === members.length && members.every((w, k) => kept!.ids[k] === w.id && kept!.raw[k] === w.points && kept!.near[k] === w.near);
      if (!same) {
        const moving: Wire[] = members.map((w) => ({ points: w.points, ends: w.ends, near: w.near }));
        if (moving.length > 1) separate(moving);
        kept = { ids: members.map((w) => w.id), raw: members.map((w) => w.points), near: members.map((w) => w.near), out: moving.map((w) => w.points) };
      }
      next.set(kept!.ids[0]!, kept!);
      group.forEach((i, k) => (out[i] = kept!.out[k]!));
    }
    this.spread = next;
    return out;
  }

  /**
   * Each wire's label (or none). `changed` tells whether boxes changed inside a region (a group
   * there is labelled again); `blockers` gives the cards and site tabs no label may cover.
   */
  labels(
    wires: readonly { id: string; points: Point[] }[],
    requests: readonly LabelRequest[],
    changed: (region: Rect) => boolean,
    blockers: () => SpatialIndex<{ rect: Rect }>,
  ): (LinkLabel | undefined)[] {
    const out: (LinkLabel | undefined)[] = new Array(wires.length);
    const next = new Map<string, Labelled>();
    for (const group of groupsOf(wires, LABEL_REACH)) {
      const members = group.map((i) => wires[i]!);
      const texts = group.map((i) => requests[i]!.texts.join('\u0001')).join('\u0002');
      const region = boundsOf(members.map((w) => w.points), LABEL_REACH);
      let kept = this.labelled.get(members[0]!.id);
      const same =
        kept && kept.texts === texts && kept.ids.length === members.length && members.every((w, k) => kept!.ids[k] === w.id && kept!.lines[k] === w.points) && !changed(region);
      if (!same) {
        const lines = new SpatialIndex<{ rect: Rect; owner: number }>();
        members.forEach((w, owner) => {
          for (let i = 1; i < w.points.length; i++) lines.add({ owner, rect: segmentRect(w.points[i - 1]!, w.points[i]!, 1) });
        });
        const placed = placeLabels(group.map((i) => requests[i]!), blockers(), lines);
        kept = { ids: members.map((w) => w.id), lines: members.map((w) => w.points), texts, region, out: placed };
      }
      next.set(kept!.ids[0]!, kept!);
      group.forEach((i, k) => (out[i] = kept!.out[k]));
    }
    this.labelled = next;
    return out;
  }
}
