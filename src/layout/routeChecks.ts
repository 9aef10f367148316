// What a clean drawing of links means, as checks the router's tests run on real plans: no two
// links on one line, no link along a box border or through a card, and every label on its own
// line, clear of cards, site name tabs and other labels.
import type { Plan } from '../model/schema.ts';
import { resolveLayout, type Box } from '../theme/geometry.ts';
import { alongBorder, crosses, type Point } from './connector.ts';
import type { Routes } from './route.ts';
import { intersects, type Rect } from './spatial.ts';

/** Segments of different links nearer than this, side by side, read as one line. */
const APART = 4;

interface Seg {
  id: string;
  p: Point;
  q: Point;
}

function segs(routes: Routes): Seg[] {
  const out: Seg[] = [];
  for (const r of routes.values())
    for (let i = 1; i < r.points.length; i++) out.push({ id: r.id, p: r.points[i - 1]!, q: r.points[i]! });
  return out;
}

/** Pairs of links with a stretch of line in common. */
export function sharedSegments(routes: Routes): string[] {
  const all = segs(routes);
  const out: string[] = [];
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const [s, t] = [all[i]!, all[j]!];
      if (s.id === t.id) continue;
      const sh = s.p.y === s.q.y;
      if (sh !== (t.p.y === t.q.y)) continue;
      const across = sh ? Math.abs(s.p.y - t.p.y) : Math.abs(s.p.x - t.p.x);
      const lo = (g: Seg) => (sh ? Math.min(g.p.x, g.q.x) : Math.min(g.p.y, g.q.y));
      const hi = (g: Seg) => (sh ? Math.max(g.p.x, g.q.x) : Math.max(g.p.y, g.q.y));
      if (across < APART && Math.min(hi(s), hi(t)) - Math.max(lo(s), lo(t)) > 2) out.push(`${s.id} / ${t.id}`);
    }
  return out;
}

const rect = (b: Box): Rect => ({ x: b.absX, y: b.absY, width: b.width, height: b.height });

/** Links with a segment along the border of any box (site, cluster or card). */
export function borderRuns(plan: Plan, routes: Routes): string[] {
  const boxes = resolveLayout(plan).boxes;
  return segs(routes)
    .filter((s) => boxes.some((b) => alongBorder(s.p, s.q, rect(b))))
    .map((s) => `${s.id} along ${boxes.find((b) => alongBorder(s.p, s.q, rect(b)))!.id}`);
}

/** Links that pass through a card other than their own ends and the containers those sit in. */
export function cardCrossings(plan: Plan, routes: Routes): string[] {
  const layout = resolveLayout(plan);
  const endsOf = new Map<string, string[]>(plan.links.map((l) => [l.id, [l.from, l.to]]));
  for (const c of plan.clusters) if (c.witness) endsOf.set(`witness:${c.id}`, [c.id, c.witness]);
  const out: string[] = [];
  for (const s of segs(routes)) {
    const mine = new Set<string>();
    for (const id of endsOf.get(s.id) ?? [])
      for (let b = layout.byId.get(id); b; b = b.parent ? layout.byId.get(b.parent) : undefined) mine.add(b.id);
    for (const b of layout.boxes)
      if (b.kind !== 'site' && !mine.has(b.id) && crosses(s.p, s.q, rect(b))) out.push(`${s.id} through ${b.id}`);
  }
  return out;
}

/** Labels that cover a card, a site's name tab or another label, or do not sit on their line. */
export function labelProblems(plan: Plan, routes: Routes): string[] {
  const layout = resolveLayout(plan);
  const out: string[] = [];
  const labels = [...routes.values()].filter((r) => r.label);
  for (const r of labels) {
    const l = r.label!;
    const box = { x: l.x - l.width / 2, y: l.y - l.height / 2, width: l.width, height: l.height };
    for (const b of layout.boxes) {
      const covered = b.kind === 'site' ? { ...rect(b), height: 32 } : rect(b);
      if (intersects(box, covered)) out.push(`${r.id} label covers ${b.id}`);
    }
    for (const other of labels) {
      const o = other.label!;
      if (other !== r && Math.abs(o.x - l.x) < (o.width + l.width) / 2 && Math.abs(o.y - l.y) < (o.height + l.height) / 2)
        out.push(`${r.id} label covers ${other.id} label`);
    }
    const onLine = r.points.some((p, i) => {
      const q = r.points[i + 1];
      if (!q) return false;
      return p.y === q.y
        ? Math.abs(l.y - p.y) <= 1 && l.x >= Math.min(p.x, q.x) && l.x <= Math.max(p.x, q.x)
        : Math.abs(l.x - p.x) <= 1 && l.y >= Math.min(p.y, q.y) && l.y <= Math.max(p.y, q.y);
    });
    if (!onLine) out.push(`${r.id} label is off its line`);
  }
  return out;
}
