// What settle (settle.ts) knows of the plan between one container's level and the next: the moves
// so far, in one copy of the layout table, and the boxes they changed. A level needs only its
// children's places and sizes, and what a level moves changes only those children's places and
// the size of their container and of the containers around it (a child's fallback slot depends on
// its index alone). So settle does not copy the table and resolve the whole layout again after
// every level that moved something (at 1,000 servers a palette add did that twice, each time
// also regrouping every box by container): each move patches its container's list of children and
// sizes the containers above it as the resolution does (containerSize). The one exception is the
// canvas's own level when a site changed size and some site has no stored position (sites without
// one stand side by side): the layout is resolved then, and after every move of a plan whose
// resolution is irregular (an id used twice). The plan settled is resolved later, once, by whoever
// shows it. Boxes patched here carry their container-relative place and size; their absolute
// coordinates are stale and not read.
import { copyLayout, noteLayoutChange, storedPosition } from '../model/positions.ts';
import type { Layout, Plan } from '../model/schema.ts';
import { containerSize, resolveLayout, type Box, type ResolvedLayout } from '../theme/geometry.ts';
import type { Spot } from './freeSpot.ts';

type Groups = Map<string | undefined, Box[]>;

function byContainer(layout: ResolvedLayout): Groups {
  const out: Groups = new Map();
  for (const b of layout.boxes) {
    const list = out.get(b.parent);
    if (list) list.push(b);
    else out.set(b.parent, [b]);
  }
  return out;
}

/** Every item once: a box per id, each container sized from the boxes grouped under it. */
const regular = (layout: ResolvedLayout, plan: Plan) =>
  layout.boxes.length === plan.servers.length + plan.infrastructure.length + plan.clusters.length + plan.sites.length;

export class Levels {
  /** Each container's children as they are now (clusters first), by container id (undefined: the canvas). */
  groups: Groups;
  /** Whether each move must be followed by a fresh resolution (irregular plans; tests that compare). */
  readonly stepwise: boolean;
  private layout: ResolvedLayout;
  /** The table of the plan last resolved, and the copy of it holding the moves since, with their ids. */
  private base: Readonly<Layout> | undefined;
  private next: Layout | undefined;
  private keys: string[] = [];
  /** Boxes moved or resized since the last resolution. */
  private changed = new Map<string, Box>();

  constructor(
    private plan: Plan,
    stepwise: boolean,
  ) {
    this.layout = resolveLayout(plan);
    this.groups = byContainer(this.layout);
    this.base = plan.layout;
    this.stepwise = stepwise || !regular(this.layout, plan);
  }

  /** The layout table with every move so far. */
  table(): Readonly<Layout> | undefined {
    return this.next ?? this.base;
  }

  private box(id: string): Box {
    return this.changed.get(id) ?? this.layout.byId.get(id)!;
  }

  kindOf(id: string | undefined): Box['kind'] | undefined {
    return id === undefined ? undefined : this.layout.byId.get(id)?.kind;
  }

  /** Puts `box` in its container's list of children in place of the box it replaces (a new list: lists are remembered). */
  private swap(replaced: Map<string, Box>, container: string | undefined) {
    const list = this.groups.get(container)!.map((b) => replaced.get(b.id) ?? b);
    this.groups.set(container, list);
    for (const b of replaced.values()) this.changed.set(b.id, b);
  }

  /** Moves children of `container` to their new spots (relative to it). */
  move(container: string | undefined, moves: ReadonlyMap<string, Spot>) {
    const next = (this.next ??= copyLayout(this.base));
    const replaced = new Map<string, Box>();
    for (const [id, spot] of moves) {
      next[id] = { ...storedPosition(next, id), x: spot.x, y: spot.y };
      this.keys.push(id);
      replaced.set(id, { ...this.box(id), x: spot.x, y: spot.y });
    }
    this.swap(replaced, container);
    // Each container up from there fits its children again, as far as its size changes.
    for (let id = container; id !== undefined; ) {
      const box = this.box(id);
      if (box.kind !== 'site' && box.kind !== 'cluster') break;
      const size = containerSize(box.kind, this.groups.get(id) ?? [], storedPosition(next, id));
      if (size.width === box.width && size.height === box.height) break;
      this.swap(new Map([[id, { ...box, width: size.width, height: size.height }]]), box.parent);
      id = box.parent;
    }
    if (this.stepwise) this.resolve();
  }

  /** Before the canvas's own level: whether a site's new size moves sites that stand side by side. */
  prepareRoot() {
    const table = this.table();
    const resized = [...this.changed.values()].some((b) => b.parent === undefined);
    if (resized && (this.groups.get(undefined) ?? []).some((b) => b.kind === 'site' && !storedPosition(table, b.id))) this.resolve();
  }

  /** The plan with the moves so far. */
  private settled(): Plan {
    if (!this.next) return this.plan;
    noteLayoutChange(this.next, this.base, this.keys);
    return { ...this.plan, layout: this.next };
  }

  /** Resolves the layout with the moves so far (the plain computation's step). */
  private resolve() {
    this.plan = this.settled();
    this.base = this.plan.layout;
    this.next = undefined;
    this.keys = [];
    this.changed.clear();
    this.layout = resolveLayout(this.plan);
    this.groups = byContainer(this.layout);
  }

  /** The plan settled: `after` itself when nothing moved. */
  done(): Plan {
    return this.settled();
  }
}
