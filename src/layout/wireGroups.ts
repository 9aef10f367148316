// The groups of groupsOf() kept from one edit to the next: each wire's segments stay in a spatial
// index, each wire remembers the wires it reaches (found once, when it or they came), and an edit
// regroups only the wires it changed, the groups they were in and the groups they now reach. Same
// groups as groupsOf() (connected wires are found from either end), at a cost that follows the
// edit rather than the number of links: a long link's segments cross many index cells, and only
// new or changed wires look there.
import type { Point } from './connector.ts';
import { segmentRect } from './spatial.ts';
import { SpatialIndex, type Rect } from './spatial.ts';

interface Seg {
  rect: Rect;
  owner: string;
}

interface Held {
  points: readonly Point[];
  segs: Seg[];
  group: string[];
  /** The other wires whose segments its segments meet. */
  reaches: Set<string>;
}

export class WireGroups {
  private readonly index = new SpatialIndex<Seg>();
  private held = new Map<string, Held>();

  constructor(private readonly reach: number) {}

  /** groupsOf(wires, reach): groups of wire indices, ascending, groups by their first index. */
  groups(wires: readonly { id: string; points: readonly Point[] }[]): number[][] {
    const at = new Map<string, number>();
    wires.forEach((w, i) => at.set(w.id, i));
    const loose = new Set<string>();
    const dissolve = (held: Held) => held.group.forEach((id) => loose.add(id));
    for (const [id, held] of this.held)
      if (!at.has(id) || wires[at.get(id)!]!.points !== held.points) {
        dissolve(held);
        for (const s of held.segs) this.index.remove(s);
        for (const other of held.reaches) this.held.get(other)?.reaches.delete(id);
        this.held.delete(id);
      }
    for (const w of wires) {
      if (this.held.has(w.id)) continue;
      const segs: Seg[] = [];
      for (let i = 1; i < w.points.length; i++) segs.push({ rect: segmentRect(w.points[i - 1]!, w.points[i]!, this.reach), owner: w.id });
      segs.forEach((s) => this.index.add(s));
      const reaches = new Set<string>();
      this.held.set(w.id, { points: w.points, segs, group: [w.id], reaches });
      for (const s of segs)
        this.index.visit(s.rect, (other) => {
          if (other.owner === w.id) return;
          reaches.add(other.owner);
          this.held.get(other.owner)!.reaches.add(w.id);
        });
      loose.add(w.id);
    }
    // A loose wire joins whatever it reaches: another loose wire, or a whole (intact) group.
    const parent = new Map<string, string>();
    const unit = (id: string) => (loose.has(id) ? id : this.held.get(id)!.group[0]!);
    const find = (id: string): string => {
      const up = parent.get(id);
      if (up === undefined || up === id) return id;
      const root = find(up);
      parent.set(id, root);
      return root;
    };
    for (const id of loose) {
      const held = this.held.get(id);
      if (held) for (const other of held.reaches) parent.set(find(unit(other)), find(id));
    }
    const joined = new Map<string, string[]>();
    for (const [id, held] of this.held)
      if (loose.has(id) || parent.has(unit(id))) {
        const root = find(unit(id));
        const list = joined.get(root);
        if (list) list.push(id);
        else joined.set(root, [id]);
        held.group = list ?? joined.get(root)!;
      }
    const seen = new Set<string[]>();
    const out: number[][] = [];
    for (const held of this.held.values()) {
      if (seen.has(held.group)) continue;
      seen.add(held.group);
      out.push(held.group.map((id) => at.get(id)!).sort((a, b) => a - b));
    }
    return out.sort((a, b) => a[0]! - b[0]!);
  }
}
