// The store's edit path as the canvas bench drives it, in Node: the plan opened as a document in the
// app's store, a Mailbox-only server selected, then the bench's edits through the app's own actions
// (the inspector's role checkbox, Ctrl+Z, the inspector's name field, Enter on the palette's
// server; a domain controller at the 5,000-server limit, as the canvas bench does). Each edit is timed in four parts: the store (settle, document write, derive and gate,
// the store's subscribers), the layout of the plan the store then holds (what the canvas asks for
// first: the one settle resolved, when the store holds the edit's own plan), the findings
// (incremental validation and their grouping per item) and the inspector (the selected server's
// findings and Setup commands). Part of the "edits" section (edits.ts).
import { addFromPaletteByKeyboard } from '../src/store/keyboardAdd.ts';
import { edit, select } from '../src/store/actions.ts';
import { findingsOf } from '../src/store/findings.ts';
import { undo, usePlanStore } from '../src/store/planStore.ts';
import { createServerCommands } from '../src/deploy/serverCommandsMemo.ts';
import { PlanDocument } from '../src/doc/index.ts';
import { arrange } from '../src/layout/arrange.ts';
import { addRole, updateServer, type Plan } from '../src/model/index.ts';
import { MAX_SERVERS } from '../src/model/limits.ts';
import { enableLayoutUpdates, resolveLayout } from '../src/theme/geometry.ts';
import { updateLayout } from '../src/theme/layoutUpdate.ts';
import { median } from './report.ts';
import { syntheticPlan } from './synthetic.ts';

// As the app does once idle after its first paint.
enableLayoutUpdates(updateLayout);

export const PATH_EDITS = ['addRole', 'undo', 'rename', 'paletteAdd'] as const;
export type PathEdit = (typeof PATH_EDITS)[number];

export interface PathTimes {
  storeMs: number;
  layoutMs: number;
  findingsMs: number;
  inspectorMs: number;
  totalMs: number;
  /** The whole edit's CPU time (user and system): less noisy than wall time on a shared machine. */
  cpuMs: number;
}

const ROUNDS = 9;

/** A single Mailbox-only server, as the canvas bench's subject is. */
function subjectOf(plan: Plan): string {
  const mailboxOnly = plan.servers.filter((s) => !s.cluster && s.product === 'exchange2007' && s.roles.length === 1 && s.roles[0] === 'Mailbox');
  return mailboxOnly[mailboxOnly.length >> 1]!.id;
}

/** What each edit does, through the app's actions, on the selected server `id`. */
function run(kind: PathEdit, id: string, round: number) {
  if (kind === 'addRole') edit((p) => addRole(p, id, 'UnifiedMessaging'));
  else if (kind === 'undo') undo();
  else if (kind === 'rename') edit((p) => updateServer(p, id, { name: `BENCH-R${round % 10}` }));
  else addFromPaletteByKeyboard(usePlanStore.getState().plan.servers.length >= MAX_SERVERS ? 'domain-controller' : 'server');
}

/** Median times of each edit on the store's path at `servers` servers. */
export function measureEditPath(servers: number): Record<PathEdit, PathTimes> {
  const plan = arrange(syntheticPlan(servers));
  usePlanStore.getState().open('bench-edit-path', PlanDocument.fromPlan(plan));
  const id = subjectOf(plan);
  const commands = createServerCommands();
  const inspect = () => {
    const shown = usePlanStore.getState().plan;
    const view = findingsOf(shown);
    view.byItem.get(id);
    commands(shown, id, view.all);
  };
  select([id]);
  inspect();
  const samples = Object.fromEntries(PATH_EDITS.map((k) => [k, [] as PathTimes[]])) as Record<PathEdit, PathTimes[]>;
  for (let round = 0; round < ROUNDS; round++)
    for (const kind of PATH_EDITS) {
      select([id]);
      const items = () => usePlanStore.getState().plan.servers.length + usePlanStore.getState().plan.infrastructure.length;
      const before = items();
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      run(kind, id, round);
      const tl = performance.now();
      resolveLayout(usePlanStore.getState().plan);
      const t1 = performance.now();
      findingsOf(usePlanStore.getState().plan);
      const t2 = performance.now();
      inspect();
      const t3 = performance.now();
      const used = process.cpuUsage(cpu);
      samples[kind].push({ storeMs: tl - t0, layoutMs: t1 - tl, findingsMs: t2 - t1, inspectorMs: t3 - t2, totalMs: t3 - t0, cpuMs: (used.user + used.system) / 1000 });
      // The palette's item goes again (not timed), so every round edits a plan of the same size.
      if (kind === 'paletteAdd' && items() > before) undo();
    }
  const mid = (list: PathTimes[], part: keyof PathTimes) => median(list.map((t) => t[part]).sort((a, b) => a - b));
  const out = {} as Record<PathEdit, PathTimes>;
  for (const kind of PATH_EDITS) {
    const list = samples[kind].slice(1); // the first round warms up
    out[kind] = { storeMs: mid(list, 'storeMs'), layoutMs: mid(list, 'layoutMs'), findingsMs: mid(list, 'findingsMs'), inspectorMs: mid(list, 'inspectorMs'), totalMs: mid(list, 'totalMs'), cpuMs: mid(list, 'cpuMs') };
  }
  return out;
}

// `npx tsx bench/editPath.ts [1000,2000,5000]`: the table alone, for before/after comparisons.
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const n of (process.argv[2] ?? '1000,2000,5000').split(',').map(Number)) {
    const times = measureEditPath(n);
    for (const kind of PATH_EDITS) {
      const t = times[kind];
      console.log(`${n} ${kind.padEnd(10)} total ${t.totalMs.toFixed(2)} ms, CPU ${t.cpuMs.toFixed(2)} ms  (store ${t.storeMs.toFixed(2)}, layout ${t.layoutMs.toFixed(2)}, findings ${t.findingsMs.toFixed(2)}, inspector ${t.inspectorMs.toFixed(2)})`);
    }
  }
}
