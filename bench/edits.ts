// Bench section "edits": the work between one edit and React, in Node, on synthetic plans of
// 1,000, 2,000 and 5,000 servers: validation of the edited plan (incremental, as the canvas does,
// beside a full validate()) and routing after one card moved (the canvas's router, which keeps what
// the move did not touch, beside a fresh router). Each edit is a user's: a move (settled as a drop
// is), a rename, a role added. And selecting a server: the inspector's Setup commands, kept per
// server (createServerCommands) beside worked out afresh. And the store's whole edit path for the
// canvas bench's edits (editPath.ts), target: within a fifth of the edit-to-paint target. Medians
// of wall time, with the load average (shared machines).
import { loadavg } from 'node:os';
import { arrange } from '../src/layout/arrange.ts';
import { createRouter } from '../src/layout/route.ts';
import { settle } from '../src/layout/settle.ts';
import { serverCommands } from '../src/deploy/commands.ts';
import { createServerCommands } from '../src/deploy/serverCommandsMemo.ts';
import { addRole, renameItem, setPosition, type Plan } from '../src/model/index.ts';
import { createValidator } from '../src/rules/incremental.ts';
import { validate } from '../src/rules/validate.ts';
import { resolveLayout } from '../src/theme/geometry.ts';
import { median, metric, metricsSection, type BenchSection } from './report.ts';
import { measureEditPath, PATH_EDITS } from './editPath.ts';
import { syntheticPlan } from './synthetic.ts';

const EDITS = 15;
/** Targets: an edit is painted within 50 ms at 1,000 servers (under 100 ms at 5,000); these are this work's share. */
const VALIDATION_TARGET_MS = { 1000: 5, 2000: 5, 5000: 10 } as Record<number, number>;
const ROUTE_TARGET_MS = { 1000: 15, 2000: 25, 5000: 60 } as Record<number, number>;
/** Select-to-inspector is under 50 ms at 2,000 servers in all: the commands' share. */
const SELECT_TARGET_MS = 5;
/** An edit is painted within 50 ms at 1,000 servers, 100 ms at 5,000: the store's path gets a fifth. */
const PATH_TARGET_MS = { 1000: 10, 2000: 15, 5000: 20 } as Record<number, number>;

const EDIT_KINDS: Record<string, (plan: Plan, i: number) => Plan> = {
  move: (p, i) => {
    const servers = resolveLayout(p).boxes.filter((b) => b.kind === 'server');
    const b = servers[(i * 97) % servers.length]!;
    return settle(p, setPosition(p, b.id, { x: b.x + 24, y: b.y + 8 }), { anchors: [b.id] });
  },
  rename: (p, i) => renameItem(p, p.servers[(i * 37) % p.servers.length]!.id, `EX${i}`),
  addRole: (p, i) => {
    const s = p.servers.filter((x) => x.product === 'exchange2007' && !x.roles.includes('UnifiedMessaging') && !x.roles.includes('EdgeTransport'));
    return settle(p, addRole(p, s[(i * 13) % s.length]!.id, 'UnifiedMessaging'));
  },
};

/** Median ms of `work` on each plan of a run of edits (the plans made beforehand, layouts resolved). */
function timeEach(plans: readonly Plan[], work: (plan: Plan) => unknown): number {
  const times = plans.map((plan) => {
    const t0 = performance.now();
    work(plan);
    return performance.now() - t0;
  });
  return median(times.sort((a, b) => a - b));
}

function measure(servers: number) {
  const start = arrange(syntheticPlan(servers));
  const out: Record<string, ReturnType<typeof metric>> = {};
  for (const [name, edit] of Object.entries(EDIT_KINDS)) {
    const plans: Plan[] = [];
    for (let i = 0, p = start; i < EDITS; i++) plans.push((p = edit(p, i)));
    plans.forEach((p) => resolveLayout(p));
    const validator = createValidator();
    validator(start);
    out[`validation.${name}.incrementalMs`] = metric(timeEach(plans, validator), 'ms', VALIDATION_TARGET_MS[servers]!);
    out[`validation.${name}.fullMs`] = metric(timeEach(plans, validate), 'ms');
    if (name === 'move') {
      const route = createRouter();
      route(start);
      out['route.move.incrementalMs'] = metric(timeEach(plans, route), 'ms', ROUTE_TARGET_MS[servers]!);
      out['route.fullMs'] = metric(timeEach(plans.slice(0, 3), (p) => createRouter()(p)), 'ms');
    }
  }
  const findings = validate(start);
  const picked = start.servers.filter((_, i) => i % 97 === 0).slice(0, 15);
  const commands = createServerCommands();
  commands(start, start.servers[1]!.id, findings);
  const selecting = (show: (id: string) => unknown) => {
    let i = 0;
    return timeEach(picked.map(() => start), () => show(picked[i++]!.id));
  };
  out['inspector.select.keptMs'] = metric(selecting((id) => commands(start, id, findings)), 'ms', SELECT_TARGET_MS);
  out['inspector.select.afreshMs'] = metric(selecting((id) => serverCommands(start, id, { findings })), 'ms');
  const path = measureEditPath(servers);
  for (const kind of PATH_EDITS) {
    const t = path[kind];
    out[`path.${kind}.totalMs`] = metric(t.totalMs, 'ms', PATH_TARGET_MS[servers]!);
    out[`path.${kind}.cpuMs`] = metric(t.cpuMs, 'ms');
    for (const part of ['storeMs', 'layoutMs', 'findingsMs', 'inspectorMs'] as const) out[`path.${kind}.${part}`] = metric(t[part], 'ms');
  }
  return out;
}

export function benchEdits(sizes: readonly number[] = [1000, 2000, 5000]): BenchSection {
  const result: Record<string, unknown> = {};
  for (const n of sizes) result[`servers${n}`] = measure(n);
  result.loadAverage1m = metric(loadavg()[0]!, 'load');
  return metricsSection('One edit before React: validation and routing (Node, wall clock)', result);
}
