// Labels of a group placed again only where an edit can have moved them, with the result of
// placeLabels() over the whole group. A label depends on nothing but what covers the pills it
// tried last time (placeLabel's `tried`): cards and site tabs, the other links' lines in its
// group, and the labels placed before it. So, in group order, a link keeps last time's label
// unless it changed, or one of its tried pills is met by a card or site tab that moved, came or
// went, by a changed link's line (old or new), by an earlier label that came out differently (old
// or new pill), or by the line or label of a link that joined or left its group. A group whose
// links from one group of last time come in another order is placed afresh.
import type { Point } from './connector.ts';
import { labelPill, placeLabel, type LabelRequest, type Lines, type LinkLabel } from './linkLabels.ts';
import { segmentRect } from './spatial.ts';
import { SpatialIndex, type Rect } from './spatial.ts';

interface Owned {
  rect: Rect;
  owner: string;
}

interface Held {
  points: readonly Point[];
  texts: string;
  /** The pills its last placement tried (in the index). */
  tried: Owned[];
  /** Its segments (in the index of lines). */
  lines: Owned[];
}

interface Placed {
  ids: string[];
  labels: (LinkLabel | undefined)[];
}

const textsOf = (req: LabelRequest) => req.texts.join('\u0001');
const sameLabel = (a: LinkLabel | undefined, b: LinkLabel | undefined) => a === b || (!!a && !!b && a.text === b.text && a.x === b.x && a.y === b.y && a.width === b.width);
const linesOf = (points: readonly Point[]) => points.slice(1).map((q, i) => segmentRect(points[i]!, q, 1));
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

export class LabelParts {
  /** Every link's tried pills, kept across edits. */
  private readonly index = new SpatialIndex<Owned>();
  /** Every link's segments, kept across edits (a group sees its own links' segments). */
  private readonly lines = new SpatialIndex<Owned>();
  private readonly held = new Map<string, Held>();
  /** Each link's group last edit, and its place in it. */
  private last = new Map<string, { group: Placed; k: number }>();
  private next = new Map<string, { group: Placed; k: number }>();
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
    wires.forEach((w, i) => {
      live.add(w.id);
      const held = this.held.get(w.id);
      if (held && held.points === w.points && held.texts === textsOf(requests[i]!)) return;
      if (held) touched.push(...this.dropLines(held));
      // Its tried pills stay until it is placed again (it is, being renewed).
      const lines = linesOf(w.points).map((rect) => ({ rect, owner: w.id }));
      lines.forEach((l) => this.lines.add(l));
      this.held.set(w.id, { points: w.points, texts: textsOf(requests[i]!), tried: held?.tried ?? [], lines });
      touched.push(...lines.map((l) => l.rect));
      renewed.add(w.id);
    });
    for (const [id, held] of this.held)
      if (!live.has(id)) {
        this.setTried(id, held, []);
        touched.push(...this.dropLines(held));
        this.held.delete(id);
      }
    if (moved === 'all') this.dirty = 'all';
    else {
      const dirty = renewed;
      for (const rect of touched) this.index.visit(rect, (r) => dirty.add(r.owner));
      this.dirty = dirty;
    }
    this.last = this.next;
    this.next = new Map();
  }

  /** The labels of one group's links (group order). */
  place(
    members: readonly { id: string; points: Point[] }[],
    requests: readonly LabelRequest[],
    blockers: () => SpatialIndex<{ rect: Rect }>,
  ): (LinkLabel | undefined)[] {
    const ids = members.map((w) => w.id);
    const at = new Map(ids.map((id, i) => [id, i]));
    // The group's own links' segments, by place in the group (a segment may come twice: placeLabel only asks whether any meets).
    const lines: Lines = {
      query: (window) => {
        const out: { rect: Rect; owner: number }[] = [];
        this.lines.visit(window, (l) => {
          const owner = at.get(l.owner);
          if (owner !== undefined) out.push({ rect: l.rect, owner });
        });
        return out;
      },
    };
    const redo = this.toRedo(ids, at);
    const placed = new SpatialIndex<{ rect: Rect }>();
    const labels = requests.map((req, i) => {
      const was = this.last.get(ids[i]!);
      const before = was?.group.labels[was.k];
      if (redo !== 'all' && !redo.has(i)) {
        if (before) placed.add({ rect: labelPill(before) });
        return before;
      }
      const tried: Rect[] = [];
      const label = placeLabel(req, i, blockers(), lines, placed, tried);
      this.setTried(ids[i]!, this.held.get(ids[i]!)!, tried);
      if (sameLabel(label, before)) return before;
      // A label that came out differently may move the labels after it whose tried pills it meets.
      if (redo !== 'all')
        for (const pill of [label, before].filter((l) => l !== undefined).map(labelPill))
          this.index.visit(pill, (r) => {
            const k = at.get(r.owner);
            if (k !== undefined && k > i) redo.add(k);
          });
      return label;
    });
    const group = { ids, labels };
    ids.forEach((id, k) => this.next.set(id, { group, k }));
    return labels;
  }

  /** The group's links to place again (by place in it), or 'all'. */
  private toRedo(ids: readonly string[], at: ReadonlyMap<string, number>): Set<number> | 'all' {
    const dirty = this.dirty;
    if (dirty === 'all') return 'all';
    const redo = new Set<number>();
    ids.forEach((id, i) => dirty.has(id) && redo.add(i));
    // Last time's groups of its links: a link that joined or left one is a line and a label its
    // other links did not see before, or saw and no longer do.
    const groups = new Set(ids.map((id) => this.last.get(id)?.group));
    for (const group of groups) {
      if (!group || sameList(group.ids, ids)) continue;
      const stayed = ids.filter((id) => this.last.get(id)?.group === group);
      if (!sameList(stayed, group.ids.filter((id) => at.has(id)))) return 'all';
      const was = new Set(group.ids);
      const changed = [...group.ids.filter((id) => !at.has(id)), ...ids.filter((id) => !was.has(id))];
      for (const id of changed) {
        const before = this.last.get(id);
        const label = before?.group.labels[before.k];
        const lines = this.held.get(id)?.lines.map((l) => l.rect) ?? [];
        for (const rect of [...lines, ...(label ? [labelPill(label)] : [])])
          this.index.visit(rect, (r) => {
            if (this.last.get(r.owner)?.group === group && at.has(r.owner)) redo.add(at.get(r.owner)!);
          });
      }
    }
    return redo;
  }

  /** Takes a link's segments out of the index of lines; their rects. */
  private dropLines(held: Held): Rect[] {
    held.lines.forEach((l) => this.lines.remove(l));
    return held.lines.map((l) => l.rect);
  }

  /** Replaces a link's tried pills in the index. */
  private setTried(id: string, held: Held, rects: Rect[]) {
    held.tried.forEach((r) => this.index.remove(r));
    held.tried = rects.map((rect) => ({ rect, owner: id }));
    held.tried.forEach((r) => this.index.add(r));
  }
}
