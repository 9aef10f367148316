// Labels of one group placed part by part, with the result of placeLabels() over the whole group.
// A label only ever looks at the pills it may take: where one of them meets another link's line or
// pill, the two links can sway each other; where none does, they cannot (placeLabels() drops what
// its pill does not overlap). So a group is cut into the parts of links that can sway each other,
// found from a spatial index of every link's pills and lines kept across edits, and a part is
// placed again only when one of its links changed or a card or site tab moved under its pills.
import type { Point } from './connector.ts';
import { candidatePills, placeLabels, type LabelRequest, type LinkLabel } from './linkLabels.ts';
import { segmentRect } from './routeGroups.ts';
import { intersects, SpatialIndex, type Rect } from './spatial.ts';

interface Reach {
  rect: Rect;
  owner: string;
  pill: boolean;
}

interface Held {
  points: readonly Point[];
  texts: string;
  reaches: Reach[];
  pills: Rect[];
}

interface LabelPart {
  ids: string[];
  /** The group's first link when it was placed: parts of one group never sway each other. */
  group: string;
  /** Each link's pills (the held array: a new one means the link changed). */
  each: Rect[][];
  out: (LinkLabel | undefined)[];
}

const textsOf = (req: LabelRequest) => req.texts.join('\u0001');

export class LabelParts {
  private readonly index = new SpatialIndex<Reach>();
  private readonly held = new Map<string, Held>();
  private partOf = new Map<string, LabelPart>();
  private nextPartOf = new Map<string, LabelPart>();

  /** Links with a pill where a card or site tab moved, came or went (all when `moved` is 'all'). */
  private hit: Set<string> | 'all' = 'all';

  /**
   * Brings the index to this edit's links (before any group is placed); `moved`: the blockers
   * (cards and site tabs) that moved, came or went since the last edit, or 'all'.
   */
  begin(wires: readonly { id: string; points: readonly Point[] }[], requests: readonly LabelRequest[], moved: readonly Rect[] | 'all') {
    const live = new Set<string>();
    wires.forEach((w, i) => {
      live.add(w.id);
      const held = this.held.get(w.id);
      if (held && held.points === w.points && held.texts === textsOf(requests[i]!)) return;
      if (held) this.drop(w.id, held);
      const pills = candidatePills(requests[i]!);
      const reaches: Reach[] = pills.map((rect) => ({ rect, owner: w.id, pill: true }));
      for (let k = 1; k < w.points.length; k++) reaches.push({ rect: segmentRect(w.points[k - 1]!, w.points[k]!, 1), owner: w.id, pill: false });
      reaches.forEach((r) => this.index.add(r));
      this.held.set(w.id, { points: w.points, texts: textsOf(requests[i]!), reaches, pills });
    });
    for (const [id, held] of this.held) if (!live.has(id)) this.drop(id, held);
    this.hit = moved === 'all' ? 'all' : new Set(moved.flatMap((rect) => this.index.query(rect).filter((r) => r.pill).map((r) => r.owner)));
    this.partOf = this.nextPartOf;
    this.nextPartOf = new Map();
  }

  private drop(id: string, held: Held) {
    held.reaches.forEach((r) => this.index.remove(r));
    this.held.delete(id);
  }

  /** The labels of one group's links (group order). */
  place(
    members: readonly { id: string; points: Point[] }[],
    requests: readonly LabelRequest[],
    blockers: () => SpatialIndex<{ rect: Rect }>,
  ): (LinkLabel | undefined)[] {
    const hit = this.hit;
    const at = new Map(members.map((w, i) => [w.id, i]));
    const group = members[0]!.id;
    // Kept parts: all their links here, unchanged, in order; a fresh link is a part of its own.
    const parts: LabelPart[] = [];
    const partAt = new Map<string, number>();
    const fresh: string[] = [];
    const kept = new Set<LabelPart>();
    for (const w of members) {
      if (partAt.has(w.id)) continue;
      const old = this.partOf.get(w.id);
      const keep =
        old && old.ids.every((id, k) => at.has(id) && !partAt.has(id) && this.held.get(id)!.pills === old.each[k] && (k === 0 || at.get(old.ids[k - 1]!)! < at.get(id)!));
      const part = keep ? old : { ids: [w.id], group, each: [], out: [] };
      if (keep) kept.add(old);
      else fresh.push(w.id);
      part.ids.forEach((id) => partAt.set(id, parts.length));
      parts.push(part);
    }
    // Kept parts from different groups (groups that joined) may sway each other: look again.
    if (new Set([...kept].map((p) => p.group)).size > 1) for (const p of kept) fresh.push(...p.ids);
    const parent = parts.map((_, i) => i);
    const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
    for (const id of fresh)
      for (const r of this.held.get(id)!.reaches)
        for (const o of this.index.query(r.rect))
          if (o.owner !== id && at.has(o.owner) && (r.pill || o.pill) && intersects(r.rect, o.rect)) parent[find(partAt.get(o.owner)!)] = find(partAt.get(id)!);
    const joined = new Map<number, number[]>();
    parts.forEach((_, i) => joined.set(find(i), [...(joined.get(find(i)) ?? []), i]));
    const out: (LinkLabel | undefined)[] = new Array(members.length);
    for (const list of joined.values()) {
      const only = list.length === 1 ? parts[list[0]!]! : undefined;
      const reuse = only && kept.has(only) && hit !== 'all' && !only.ids.some((id) => hit.has(id));
      const ids = list.flatMap((i) => parts[i]!.ids).sort((a, b) => at.get(a)! - at.get(b)!);
      const part: LabelPart = reuse ? { ...only, group } : this.placePart(ids, at, members, requests, group, blockers);
      part.ids.forEach((id, k) => {
        out[at.get(id)!] = part.out[k];
        this.nextPartOf.set(id, part);
      });
    }
    return out;
  }

  private placePart(
    ids: string[],
    at: ReadonlyMap<string, number>,
    members: readonly { id: string; points: Point[] }[],
    requests: readonly LabelRequest[],
    group: string,
    blockers: () => SpatialIndex<{ rect: Rect }>,
  ): LabelPart {
    const lines = new SpatialIndex<{ rect: Rect; owner: number }>();
    ids.forEach((id, owner) => {
      const points = members[at.get(id)!]!.points;
      for (let i = 1; i < points.length; i++) lines.add({ owner, rect: segmentRect(points[i - 1]!, points[i]!, 1) });
    });
    const out = placeLabels(ids.map((id) => requests[at.get(id)!]!), blockers(), lines);
    const each = ids.map((id) => this.held.get(id)!.pills);
    return { ids, group, each, out };
  }
}
