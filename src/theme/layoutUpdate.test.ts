// The layout of each edited plan is updated from the last one resolved (layoutUpdate.ts); a fresh
// resolve must give exactly the same boxes, in the same order, and the same bounds. Random runs of
// a user's edits, plus what only the layout table changes: a stored position dropped (the item
// falls back to its slot, sites stand side by side), a site or cluster given a stored size, and a
// step back to an earlier plan (undo, and redo: a step back to a plan after it). Items come and go
// without a settle too: servers and domain controllers added with or without a position (into a
// site or a cluster, a node also in a site other than its cluster's), several removed at once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyStep, editStarts, editStep } from '../layout/testing/randomEdits.ts';
import { addInfrastructure, addServer, removeItems, type Plan } from '../model/index.ts';
import { newLayout, noteLayoutChange } from '../model/positions.ts';
import { enableLayoutUpdates, LAYOUT_STEPS, layoutStep as stepOf, resolveLayout, resolveLayoutAfresh } from './geometry.ts';
import { updateLayout } from './layoutUpdate.ts';

enableLayoutUpdates(updateLayout);

const layoutStep = fc.oneof(
  fc.record({ kind: fc.constant('unplace' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('size' as const), at: fc.nat(), width: fc.integer({ min: 0, max: 1600 }), height: fc.integer({ min: 0, max: 1200 }) }),
  fc.record({ kind: fc.constant('back' as const), at: fc.nat() }),
);
/** Items that come and go as they are (no settle): into a site or a cluster, placed or in their slot. */
const memberStep = fc.oneof(
  fc.record({ kind: fc.constant('put' as const), at: fc.nat(), what: fc.constantFrom('server', 'node', 'dc'), placed: fc.boolean(), away: fc.boolean(), x: fc.integer({ min: 0, max: 900 }), y: fc.integer({ min: 40, max: 700 }) }),
  fc.record({ kind: fc.constant('take' as const), at: fc.array(fc.nat(), { minLength: 1, maxLength: 3 }) }),
);
type MemberStep = typeof memberStep extends fc.Arbitrary<infer T> ? T : never;

function applyMemberStep(plan: Plan, s: MemberStep, n: number): Plan {
  if (s.kind === 'take') {
    const leaves = plan.servers.map((x) => x.id).concat(plan.infrastructure.map((x) => x.id));
    return leaves.length ? removeItems(plan, s.at.map((i) => leaves[i % leaves.length]!)) : plan;
  }
  const at = s.placed ? { x: s.x, y: s.y } : undefined;
  const id = `put${n}`;
  const site = plan.sites[s.at % plan.sites.length];
  if (s.what === 'dc') return addInfrastructure(plan, { id, kind: 'domain-controller', name: `DC${n}`, ...(site ? { site: site.id } : {}) }, at);
  const node = s.what === 'node' ? plan.servers.filter((x) => x.cluster !== undefined)[s.at % plan.servers.length] : undefined;
  // A node in its cluster's site, or (`away`) in another: the cluster no longer lies in one site.
  const nodeSite = s.away ? site?.id : node?.site;
  const home = node ? { cluster: node.cluster!, ...(nodeSite ? { site: nodeSite } : {}) } : site ? { site: site.id } : {};
  return addServer(plan, { id, name: `PUT${n}`, roles: ['Mailbox', 'HubTransport'].slice(0, 1 + (n % 2)) as ['Mailbox'], ...home }, at);
}
const step = fc.oneof(editStep, layoutStep, memberStep);

function applyLayoutStep(plan: Plan, s: typeof layoutStep extends fc.Arbitrary<infer T> ? T : never, history: readonly Plan[]): Plan {
  const boxes = resolveLayout(plan).boxes;
  if (s.kind === 'back') return history[s.at % history.length]!;
  const box = s.kind === 'unplace' ? boxes[s.at % boxes.length] : boxes.filter((b) => b.kind !== 'server' && b.kind !== 'infrastructure')[s.at % boxes.length];
  if (!box) return plan;
  const layout = Object.assign(newLayout(), plan.layout);
  if (s.kind === 'unplace') delete layout[box.id];
  else layout[box.id] = { ...(layout[box.id] ?? { x: box.x, y: box.y }), width: s.width, height: s.height };
  return { ...plan, layout };
}

describe.each(editStarts)('the layout of %s, edit after edit', (_, start) => {
  it('is what a fresh resolve gives, and what did not change keeps its box', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), (steps) => {
        // A new plan object: resolved now, so the run's first edit is updated from it.
        let plan = { ...start() };
        const history = [plan];
        let before = resolveLayout(plan);
        steps.forEach((s, i) => {
          plan =
            s.kind === 'unplace' || s.kind === 'size' || s.kind === 'back'
              ? applyLayoutStep(plan, s, history)
              : s.kind === 'put' || s.kind === 'take'
                ? applyMemberStep(plan, s, i)
                : applyStep(plan, s, i);
          history.push(plan);
          const after = resolveLayout(plan);
          const fresh = resolveLayoutAfresh(plan);
          const what = `after step ${i + 1}: ${JSON.stringify(s)}`;
          expect(after.boxes, what).toEqual(fresh.boxes);
          expect(after.bounds, what).toEqual(fresh.bounds);
          expect([...after.byId.keys()].sort(), what).toEqual([...fresh.byId.keys()].sort());
          // Settle resolves plans of its own between the two (an item pushed and pushed back is a new box).
          const direct = ['rename', 'link', 'unlink', 'unplace', 'size', 'put', 'take'].includes(s.kind);
          for (const box of after.boxes) {
            expect(after.byId.get(box.id), what).toBe(box);
            const was = before.byId.get(box.id);
            if (direct && was && JSON.stringify(was) === JSON.stringify(box)) expect(box, `${box.id} kept, ${what}`).toBe(was);
          }
          before = after;
        });
      }),
      { numRuns: 80 },
    );
  });
});

describe('the layout of a plan with sites side by side (no stored positions)', () => {
  it('moves the sites after one that grew', () => {
    const plan = editStarts[1]![1]();
    const unplaced: Plan = { ...plan, layout: Object.fromEntries(Object.entries(plan.layout ?? {}).filter(([id]) => !plan.sites.some((s) => s.id === id))) };
    const first = resolveLayout(unplaced);
    const site = plan.sites[0]!;
    const grown: Plan = { ...unplaced, layout: { ...unplaced.layout, [plan.servers.find((s) => s.site === site.id && !s.cluster)!.id]: { x: 900, y: 60 } } };
    const after = resolveLayout(grown);
    expect(after.boxes).toEqual(resolveLayoutAfresh(grown).boxes);
    expect(after.byId.get(plan.sites[1]!.id)!.absX).toBeGreaterThan(first.byId.get(plan.sites[1]!.id)!.absX);
  });
});

describe('two layouts made from one table', () => {
  it('are told apart by the entries each changed', () => {
    const plan = { ...editStarts[1]![1]() };
    const [a, b] = plan.servers.filter((s) => !s.cluster);
    const made = (id: string, x: number): Plan => {
      const layout = Object.assign(newLayout(), plan.layout);
      layout[id] = { x, y: 400 };
      noteLayoutChange(layout, plan.layout, [id]);
      return { ...plan, layout };
    };
    resolveLayout(plan);
    const first = made(a!.id, 500);
    const second = made(b!.id, 700);
    resolveLayout(first);
    expect(resolveLayout(second)).toEqual(resolveLayoutAfresh(second));
    expect(resolveLayout(second).byId.get(a!.id)).toEqual(resolveLayoutAfresh(plan).byId.get(a!.id));
  });
});

describe('a palette add, its undo and its redo', () => {
  it('are updated from the last resolution (not resolved afresh) to what a fresh resolve gives', () => {
    const afresh: string[] = [];
    enableLayoutUpdates((prev, next) => updateLayout(prev, next) ?? void afresh.push(`${prev.plan.servers.length}/${prev.plan.infrastructure.length} -> ${next.servers.length}/${next.infrastructure.length}`));
    try {
      for (const [, start] of editStarts) {
        const plan = start();
        const site = plan.sites.find((x) => plan.servers.some((v) => v.site === x.id && !v.cluster))!;
        const cluster = plan.servers.find((v) => v.cluster !== undefined && v.site !== undefined)!;
        const edits = [
          addServer(plan, { id: 'palette', name: 'EX-NEW', roles: [], site: site.id }, { x: 24, y: 64 }),
          addServer(plan, { id: 'palette', name: 'EX-NODE', roles: ['Mailbox'], cluster: cluster.cluster!, site: cluster.site! }),
          addInfrastructure(plan, { id: 'dc-new', kind: 'domain-controller', name: 'DC-NEW', site: site.id }),
          removeItems(plan, [cluster.id, plan.infrastructure[0]!.id]),
        ];
        // A plan of its own is resolved afresh (the last one resolved was another plan).
        resolveLayout(plan);
        afresh.length = 0;
        for (const edited of edits)
          // The edit, its undo and its redo: each a new plan object, as the document derives them.
          for (const next of [edited, { ...plan }, { ...edited }, { ...plan }]) {
            const what = `${next.servers.length} servers, ${next.infrastructure.length} items`;
            expect(resolveLayout(next).boxes, what).toEqual(resolveLayoutAfresh(next).boxes);
            expect(resolveLayout(next).bounds, what).toEqual(resolveLayoutAfresh(next).bounds);
          }
        expect(afresh).toEqual([]);
      }
    } finally {
      enableLayoutUpdates(updateLayout);
    }
  });
});

describe('two layouts made from one table in several steps (an add, settled, then the document copy)', () => {
  it('are told apart by the entries changed along both lines, and the update equals a fresh resolve', () => {
    const plan = { ...editStarts[1]![1]() };
    const [a, b, c] = plan.servers.filter((s) => !s.cluster);
    const step = (from: Plan, id: string, x: number): Plan => {
      const layout = Object.assign(newLayout(), from.layout);
      layout[id] = { x, y: 420 };
      noteLayoutChange(layout, from.layout, [id]);
      return { ...from, layout };
    };
    const settled = step(step(plan, a!.id, 500), b!.id, 640);
    const copied = step(plan, c!.id, 780);
    const twice = step(step(plan, a!.id, 500), b!.id, 640);
    resolveLayout(settled);
    for (const next of [copied, twice, settled]) expect(resolveLayout(next)).toEqual(resolveLayoutAfresh(next));
  });
});

describe('the steps a layout was updated by', () => {
  it('reach a few layouts back, not every layout since the plan opened (each holds the one before)', () => {
    let plan = { ...editStarts[1]![1]() };
    resolveLayout(plan);
    const server = plan.servers.find((s) => !s.cluster)!;
    for (let i = 0; i < 12; i++) {
      plan = { ...plan, layout: Object.assign(newLayout(), plan.layout, { [server.id]: { x: 24 + 8 * i, y: 400 } }) };
      resolveLayout(plan);
    }
    let links = 0;
    for (let at = stepOf(resolveLayout(plan)); at; at = stepOf(at.from)) links++;
    expect(links).toBe(LAYOUT_STEPS);
  });
});
