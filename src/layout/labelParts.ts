// Labels of a group placed again only where an edit can have moved them, with the result of
// placeLabels() over the whole group. A label depends on nothing but what meets the pills it may
// try (inside the regions pillRegions() gives): cards and site tabs, the other links' lines, and
// the labels placed before it. So, in group order, a link keeps last time's label unless it
// changed, a card or site tab moved, came or went inside its regions, a changed link's line (old
// or new) crosses them, or an earlier label that came out differently (old or new pill) meets them.
// A group whose links are not the ones it had, in the same order, is placed afresh.
import type { Point } from './connector.ts';
import { labelPill, pillRegions, placeLabel, placeLabels, type LabelRequest, type LinkLabel } from './linkLabels.ts';
import { segmentRect } from './routeGroups.ts';
import { SpatialIndex, type Rect } from './spatial.ts';

interface Region {
  rect: Rect;
  owner: string;
}

interface Held {
  points: readonly Point[];
  texts: string;
  regions: Region[];
}

interface Placed {
  ids: string[];
  labels: (LinkLabel | undefined)[];
}

const textsOf = (req: LabelRequest) => req.texts.join('\u0001');
const sameLabel = (a: LinkLabel | undefined, b: LinkLabel | undefined) => a === b || (!!a && !!b && a.text === b.text && a.x === b.x && a.y === b.y && a.width === b.width);
const linesOf = (points: readonly Point[]) => points.slice(1).map((q, i) => segmentRect(points[i]!, q, 1));

export class LabelParts {
  /** Every link's pill regions, kept across edits. */
  private readonly index = new SpatialIndex<Region>();
  private readonly held = new Map<string, Held>();
  private groups = new Map<string, Placed>();
  private next = new Map<string, Placed>();
  /** Links to place again this edit (see the header); 'all' before the first edit. */
  private dirty: Set<string> | 'all' = 'all';

  /**
   * Brings the index to this edit's links (before any group is placed); `moved`: the blockers
   * (cards and site tabs) that moved, came or went since the last edit, or 'all'.
   */
  begin(wires: readonly { id: string; points: readonly Point[] }[], requests: readonly LabelRequest[], moved: readonly Rect[] | 'all') {
    const live = new Set<string>();
    const touched: Rect[] = [...(moved === 'all' ? [] : moved)];
    const renewed = new Set<string>();
    const drop = (id: string, held: Held) => {
      held.regions.forEach((r) => this.index.remove(r));
      touched.push(...linesOf(held.points));
      this.held.delete(id);
    };
    wires.forEach((w, i) => {
      live.add(w.id);
      const held = this.held.get(w.id);
      if (held && held.points === w.points && held.texts === textsOf(requests[i]!)) return;
      if (held) drop(w.id, held);
      const regions = pillRegions(requests[i]!).map((rect) => ({ rect, owner: w.id }));
      regions.forEach((r) => this.index.add(r));
      this.held.set(w.id, { points: w.points, texts: textsOf(requests[i]!), regions });
      touched.push(...linesOf(w.points));
      renewed.add(w.id);
    });
    for (const [id, held] of this.held) if (!live.has(id)) drop(id, held);
    if (moved === 'all') this.dirty = 'all';
    else {
      const dirty = renewed;
      for (const rect of touched) this.index.visit(rect, (r) => dirty.add(r.owner));
      this.dirty = dirty;
    }
    this.groups = this.next;
    this.next = new Map();
  }

  /** The labels of one group's links (group order). */
  place(
    members: readonly { id: string; points: Point[] }[],
    requests: readonly LabelRequest[],
    blockers: () => SpatialIndex<{ rect: Rect }>,
  ): (LinkLabel | undefined)[] {
    const ids = members.map((w) => w.id);
    const lines = () => {
      const index = new SpatialIndex<{ rect: Rect; owner: number }>();
      members.forEach((w, owner) => linesOf(w.points).forEach((rect) => index.add({ rect, owner })));
      return index;
    };
    const last = this.groups.get(ids[0]!);
    const dirty = this.dirty;
    let labels: (LinkLabel | undefined)[];
    if (dirty === 'all' || !last || last.ids.length !== ids.length || last.ids.some((id, i) => id !== ids[i])) labels = placeLabels(requests, blockers(), lines());
    else {
      // Links whose labels may differ: found before, or reached by an earlier label that moved.
      const at = new Map(ids.map((id, i) => [id, i]));
      const redo = new Set([...ids].filter((id) => dirty.has(id)).map((id) => at.get(id)!));
      const placed = new SpatialIndex<{ rect: Rect }>();
      let index: SpatialIndex<{ rect: Rect; owner: number }> | undefined;
      labels = requests.map((req, i) => {
        if (!redo.has(i)) {
          const kept = last.labels[i];
          if (kept) placed.add({ rect: labelPill(kept) });
          return kept;
        }
        const label = placeLabel(req, i, blockers(), (index ??= lines()), placed);
        const before = last.labels[i];
        if (!sameLabel(label, before))
          for (const pill of [label, before].filter((l) => l !== undefined).map(labelPill))
            this.index.visit(pill, (r) => {
              const k = at.get(r.owner);
              if (k !== undefined && k > i) redo.add(k);
            });
        return sameLabel(label, before) ? before : label;
      });
    }
    this.next.set(ids[0]!, { ids, labels });
    return labels;
  }
}
