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
import { containerSize, layoutStep, resolveLayout, type Box, type ResolvedLayout } from '../theme/geometry.ts';
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

/** Each resolved layout's boxes by container (read-only: shared with the layouts made from it). */
const grouped = new WeakMap<ResolvedLayout, Groups>();

/**
 * The boxes of `layout` by container: for a layout an update made from one already grouped (an
 * edit's, from the plan before it), that grouping with the lists of the containers whose children
 * changed, came or went made again (the other containers keep their lists), instead of a walk of
 * every box. Children may be listed in another order than the boxes': settle's results do not
 * depend on it.
 */
export function groupsOf(layout: ResolvedLayout): Groups {
  let groups = grouped.get(layout);
  if (groups) return groups;
  const step = layoutStep(layout);
  // The layout before it (the plan settled last, the edit's plan before it), if grouped within a few steps.
  let from = step?.from;
  while (from && !grouped.has(from)) from = layoutStep(from)?.from;
  const base = step && from && grouped.has(from) ? groupsOf(step.from) : undefined;
  if (step && base) {
    groups = new Map(base);
    const edits = new Map<string | undefined, { drop: Set<string>; put: Box[] }>();
    const edit = (c: string | undefined) => edits.get(c) ?? edits.set(c, { drop: new Set(), put: [] }).get(c)!;
    for (const id of step.removed) {
      const was = step.from.byId.get(id);
      if (was) edit(was.parent).drop.add(id);
    }
    for (const box of step.changed.values()) {
      const was = step.from.byId.get(box.id);
      if (was) edit(was.parent).drop.add(box.id);
      edit(box.parent).put.push(box);
    }
    for (const [c, { drop, put }] of edits) {
      const list = (groups.get(c) ?? []).filter((b) => !drop.has(b.id)).concat(put);
      if (list.length > 0) groups.set(c, list);
      else groups.delete(c);
    }
  } else groups = byContainer(layout);
  grouped.set(layout, groups);
  return groups;
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
    this.stepwise = stepwise || !regular(this.layout, plan);
    this.groups = this.grouped();
    this.base = plan.layout;
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
    this.groups = this.grouped();
  }

  /** A copy of the layout's grouping (the plain computation's own, from every box, when stepwise). */
  private grouped(): Groups {
    return this.stepwise ? byContainer(this.layout) : new Map(groupsOf(this.layout));
  }

  /** The plan settled: `after` itself when nothing moved. */
  done(): Plan {
    return this.settled();
  }
}
