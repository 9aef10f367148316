// The plans the canvas bench opens, prepared once in Node: the synthetic plan of each size (laid out
// by arrange(), as a user's Auto-layout would) and Figure 3; what each page is given to draw; what
// "fully drawn" means for it; and the server the interactions use.
import { deflateRawSync } from 'node:zlib';
import { createPlanToFlow } from '../../src/canvas/planToFlow.ts';
import { arrange } from '../../src/layout/arrange.ts';
import type { Plan } from '../../src/model/schema.ts';
import { serializePlan } from '../../src/model/serialize.ts';
import { encodePlanLink } from '../../src/share/link.ts';
import { templateById } from '../../src/templates/index.ts';
import { resolveLayout } from '../../src/theme/geometry.ts';
import { syntheticPlan } from '../synthetic.ts';

export interface Window {
  width: number;
  height: number;
}

export interface BenchPlan {
  /** '1000' or 'figure-3'. */
  key: string;
  label: string;
  servers: number;
  name: string;
  planText: string;
  /** The bare page's drawing: absolute boxes and edges, as JSON. */
  drawingJson: string;
  /** Our share link's fragment (`plan=1.…`) and the bare page's (`drawing=…`), same encoding. */
  ourFragment: string;
  bareFragment: string;
  /** Everything the canvas draws at fit view; the marker is an item only this plan has. */
  expect: { nodes: number; edges: number; marker: string };
  /** A single Mailbox-only server near the middle of the drawing: selected, edited, relabelled. */
  subject: { id: string; name: string };
  serverIds: string[];
  window: Window;
}

/** A 5,000-server plan is opened in a 1920x1200 window (fit at about 5%, both pages zoom out to 2%). */
export function windowFor(servers: number): Window {
  return servers > 3000 ? { width: 1920, height: 1200 } : { width: 1440, height: 900 };
}

const base64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

/** The single server nearest the drawing's middle whose only role is Mailbox (so UM can be added). */
function subjectOf(plan: Plan, layout: ReturnType<typeof resolveLayout>) {
  const xs = layout.boxes.map((b) => [b.absX, b.absX + b.width]).flat();
  const ys = layout.boxes.map((b) => [b.absY, b.absY + b.height]).flat();
  const mid = { x: (Math.min(...xs) + Math.max(...xs)) / 2, y: (Math.min(...ys) + Math.max(...ys)) / 2 };
  const candidates = plan.servers.filter(
    (s) => !s.cluster && s.product === 'exchange2007' && s.roles.length === 1 && s.roles[0] === 'Mailbox',
  );
  const distance = (id: string) => {
    const b = layout.byId.get(id)!;
    return Math.hypot(b.absX + b.width / 2 - mid.x, b.absY + b.height / 2 - mid.y);
  };
  // Figure 3 (opened from a link only, never edited) has none: any server will do there.
  const best = candidates.sort((a, b) => distance(a.id) - distance(b.id))[0] ?? plan.servers[0]!;
  return { id: best.id, name: best.name };
}

export function prepare(key: string, plan: Plan, servers: number, startPlan?: Plan): BenchPlan {
  const layout = resolveLayout(plan);
  const flow = createPlanToFlow()(plan, new Map(), new Set());
  const drawing = {
    boxes: layout.boxes.map((b) => [b.id, b.absX, b.absY, b.width, b.height]),
    edges: flow.edges.map((e) => [e.id, e.source, e.target]),
  };
  const drawingJson = JSON.stringify(drawing);
  // A link opens over the plan the app restores first (Figure 1 on a fresh profile): the marker
  // must be an item that plan does not have, so the old drawing never passes for the new one.
  const before = new Set(startPlan ? resolveLayout(startPlan).boxes.map((b) => b.id) : []);
  const marker = layout.boxes.find((b) => b.kind === 'server' && !before.has(b.id))?.id;
  if (!marker) throw new Error(`canvas bench: ${plan.name} has no server of its own to look for`);
  return {
    key,
    label: key === 'figure-3' ? 'Figure 3' : `${servers.toLocaleString('en-US')} servers`,
    servers,
    name: plan.name,
    planText: serializePlan(plan, { compact: true }),
    drawingJson,
    ourFragment: `plan=${encodePlanLink(plan)}`,
    bareFragment: `drawing=${base64url(deflateRawSync(drawingJson, { level: 9 }))}`,
    expect: { nodes: flow.nodes.length, edges: flow.edges.length, marker },
    subject: subjectOf(plan, layout),
    serverIds: plan.servers.map((s) => s.id),
    window: windowFor(servers),
  };
}

const figure = (id: string) => templateById(id)!.plan;

export const syntheticBenchPlan = (servers: number) =>
  prepare(String(servers), arrange(syntheticPlan(servers)), servers, figure('figure-1'));

export function figure3BenchPlan(): BenchPlan {
  const plan = figure('figure-3');
  return prepare('figure-3', plan, plan.servers.length, figure('figure-1'));
}
