// What an export draws: the whole plan, the selection, or one site. A part of a plan is drawn with
// the containers around it as frames (a selected server keeps its site's box, shrunk to what it
// holds) and with only the links whose two ends are drawn.
import type { Layout, Plan } from '../model/schema.ts';
import type { Finding } from '../rules/types.ts';
import { CLUSTER_HEADER, CLUSTER_PADDING, resolveLayout, SITE_HEADER, SITE_PADDING, type Box } from '../theme/geometry.ts';

export type ExportScope = { kind: 'plan' } | { kind: 'selection'; ids: readonly string[] } | { kind: 'site'; siteId: string };

export interface ScopedPlan {
  plan: Plan;
  /** The ids drawn, or undefined for the whole plan. */
  ids: ReadonlySet<string> | undefined;
}

function ancestors(box: Box, byId: ReadonlyMap<string, Box>): Box[] {
  const out: Box[] = [];
  for (let p = box.parent; p !== undefined && out.length < 4; p = byId.get(p)?.parent) {
    const parent = byId.get(p);
    if (!parent) break;
    out.push(parent);
  }
  return out;
}

/** The items a selection means: each chosen item with everything inside it, and a chosen link's two ends. */
function chosenItems(plan: Plan, ids: readonly string[], boxes: readonly Box[], byId: ReadonlyMap<string, Box>): Set<string> {
  const chosen = new Set(ids.filter((id) => byId.has(id)));
  for (const link of plan.links)
    if (ids.includes(link.id)) for (const end of [link.from, link.to]) if (byId.has(end)) chosen.add(end);
  for (const box of boxes) if (ancestors(box, byId).some((a) => chosen.has(a.id))) chosen.add(box.id);
  return chosen;
}

/** Moves a frame's drawn children to its top-left corner and lets the frame shrink around them. */
function compactFrame(frame: Box, kept: readonly Box[], layout: Layout) {
  const site = frame.kind === 'site';
  const left = site ? SITE_PADDING : CLUSTER_PADDING;
  const top = site ? SITE_HEADER + 16 : CLUSTER_HEADER;
  const children = kept.filter((b) => b.parent === frame.id);
  if (children.length === 0) return;
  const dx = Math.max(0, Math.min(...children.map((c) => c.x)) - left);
  const dy = Math.max(0, Math.min(...children.map((c) => c.y)) - top);
  for (const c of children) layout[c.id] = { ...layout[c.id], x: c.x - dx, y: c.y - dy };
  const own = layout[frame.id];
  if (own) layout[frame.id] = { x: own.x, y: own.y };
}

export function planForScope(plan: Plan, scope: ExportScope): ScopedPlan {
  if (scope.kind === 'plan') return { plan, ids: undefined };
  const { boxes, byId } = resolveLayout(plan);
  const chosen = chosenItems(plan, scope.kind === 'site' ? [scope.siteId] : scope.ids, boxes, byId);
  const frames = new Set<string>();
  for (const id of chosen) for (const a of ancestors(byId.get(id)!, byId)) if (!chosen.has(a.id)) frames.add(a.id);
  const keep = new Set([...chosen, ...frames]);
  const has = (id: string) => keep.has(id);

  const layout: Layout = {};
  for (const [id, position] of Object.entries(plan.layout ?? {})) if (has(id)) layout[id] = position;
  const kept = boxes.filter((b) => has(b.id));
  // Innermost frames first, so a site shrinks around clusters that have already shrunk.
  for (const frame of kept.filter((b) => frames.has(b.id)).reverse()) compactFrame(frame, kept, layout);

  const label = scope.kind === 'site' ? plan.sites.find((s) => s.id === scope.siteId)?.name : 'selection';
  return {
    ids: keep,
    plan: {
      ...plan,
      name: label ? `${plan.name} — ${label}` : plan.name,
      sites: plan.sites.filter((s) => has(s.id)),
      servers: plan.servers.filter((s) => has(s.id)),
      clusters: plan.clusters
        .filter((c) => has(c.id))
        .map((c) => (c.witness !== undefined && !has(c.witness) ? { ...c, witness: undefined } : c)),
      infrastructure: plan.infrastructure.filter((i) => has(i.id)),
      links: plan.links.filter((l) => has(l.from) && has(l.to)),
      layout,
    },
  };
}

/** The findings about what is drawn (all of them for the whole plan). */
export function findingsInScope(findings: readonly Finding[], scoped: ScopedPlan): Finding[] {
  const ids = scoped.ids;
  return ids ? findings.filter((f) => f.subjects.some((s) => ids.has(s))) : [...findings];
}
