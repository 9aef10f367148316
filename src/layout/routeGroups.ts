// Links only meet the links near them: routes are spread apart, and labels placed, group by group,
// a group being the links whose segments come within reach of each other. A group whose links are
// what they were (and, for labels, whose surroundings did not change) keeps its result, so an edit
// re-separates and re-labels only around what it touched, and the result is the one a fresh router
// gives: labels never reach past their group, and separating groups apart is what the router does.
import type { Point, Surroundings } from './connector.ts';
import { LabelParts } from './labelParts.ts';
import { LABEL_HEIGHT, type LabelRequest, type LinkLabel } from './linkLabels.ts';
import { SEPARATION } from './nudge.ts';
import { segmentRect, type Rect, type SpatialIndex } from './spatial.ts';
import { spreadInParts, type Part } from './spreadParts.ts';
import { WireGroups } from './wireGroups.ts';

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


interface Spread {
  ids: string[];
  raw: Point[][];
  near: Surroundings[];
  out: Point[][];
  parts: Part[];
}


/** Separation and labels with a memory of each group's result (one per router). */
export class RouteGroups {
  private readonly spreadGroups = new WireGroups(SPREAD_REACH);
  private readonly labelGroups = new WireGroups(LABEL_REACH);
  private spread = new Map<string, Spread>();
  /** The part of its group each link was spread in (see spreadParts.ts). */
  private partOf = new Map<string, Part>();
  private readonly labelParts = new LabelParts();

  /** Each wire's points spread apart from its neighbours' (new arrays only where a group changed). */
  separate(wires: readonly RawWire[]): Point[][] {
    const out: Point[][] = new Array(wires.length);
    const next = new Map<string, Spread>();
    const partOf = new Map<string, Part>();
    for (const group of this.spreadGroups.groups(wires)) {
      const members = group.map((i) => wires[i]!);
      let kept = this.spread.get(members[0]!.id);
      const same =
        kept && kept.ids.length === members.length && members.every((w, k) => kept!.ids[k] === w.id && kept!.raw[k] === w.points && kept!.near[k] === w.near);
      if (!same) {
        const { out: spread, parts } = spreadInParts(members, this.partOf);
        kept = { ids: members.map((w) => w.id), raw: members.map((w) => w.points), near: members.map((w) => w.near), out: spread, parts };
      }
      next.set(kept!.ids[0]!, kept!);
      for (const part of kept!.parts) for (const w of part.wires) partOf.set(w.id, part);
      group.forEach((i, k) => (out[i] = kept!.out[k]!));
    }
    this.spread = next;
    this.partOf = partOf;
    return out;
  }

  /**
   * Each wire's label (or none). `moved`: the cards and site tabs that moved, came or went since
   * the last call (or 'all'); `blockers` gives every card and site tab, which no label may cover.
   */
  labels(
    wires: readonly { id: string; points: Point[] }[],
    requests: readonly LabelRequest[],
    moved: readonly Rect[] | 'all',
    blockers: () => SpatialIndex<{ rect: Rect }>,
  ): (LinkLabel | undefined)[] {
    this.labelParts.begin(wires, requests, moved);
    const out: (LinkLabel | undefined)[] = new Array(wires.length);
    for (const group of this.labelGroups.groups(wires)) {
      const placed = this.labelParts.place(group.map((i) => wires[i]!), group.map((i) => requests[i]!), blockers);
      group.forEach((i, k) => (out[i] = placed[k]));
    }
    return out;
  }
}
