// Settle skips a container whose children are the very boxes it found tidy last time, all staying
// where they were: the plan it settles must be exactly the one a settle from scratch gives.
// Random runs of a user's edits on plans with sites, clusters and infrastructure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRole, addServer, emptyPlan, makeServer, removeRole, ROLES, setPosition, type Plan } from '../model/index.ts';
import { copyLayout, noteLayoutChange } from '../model/positions.ts';
import { resolveLayout, SERVER_WIDTH } from '../theme/geometry.ts';
import { forgetTidyContainers, primeSettle, settle, type SettleHints } from './settle.ts';
import { editStarts } from './testing/randomEdits.ts';

const step = fc.record({
  kind: fc.constantFrom('grow', 'shrink', 'move', 'add'),
  at: fc.nat(),
  role: fc.nat(),
  dx: fc.integer({ min: -300, max: 300 }),
  dy: fc.integer({ min: -200, max: 200 }),
});

type Step = { kind: string; at: number; role: number; dx: number; dy: number };

function edited(plan: Plan, s: Step, n: number): [Plan, SettleHints] {
  const server = plan.servers[s.at % plan.servers.length]!;
  if (s.kind === 'grow') return [addRole(plan, server.id, ROLES[s.role % ROLES.length]!), {}];
  if (s.kind === 'shrink') return [server.roles[0] ? removeRole(plan, server.id, server.roles[0]) : plan, {}];
  if (s.kind === 'add') {
    const site = plan.sites[s.at % plan.sites.length]!;
    return [addServer(plan, { id: `new${n}`, name: `NEW${n}`, roles: ['Mailbox'], site: site.id }, { x: Math.abs(s.dx), y: 40 + Math.abs(s.dy) }), {}];
  }
  const boxes = resolveLayout(plan).boxes;
  const b = boxes[s.at % boxes.length]!;
  return [setPosition(plan, b.id, { x: b.x + s.dx, y: b.y + s.dy }), { anchors: [b.id] }];
}

/** Each step's edit settled with what settle remembers and from scratch: the same layout (`primed`: each plan primed first, as when it opened). */
function expectSettledAlike(start: Plan, steps: readonly Step[], primed = false) {
  let plan = start;
  steps.forEach((s, i) => {
    if (primed) primeSettle(plan);
    const [next, hints] = edited(plan, s, i);
    const kept = settle(plan, next, hints);
    forgetTidyContainers();
    const fresh = settle(plan, next, hints);
    expect(kept.layout, `after step ${i + 1}: ${JSON.stringify(s)}`).toEqual(fresh.layout);
    plan = kept;
  });
}

describe.each(editStarts)('settling %s edit after edit', (_, start) => {
  it('gives the plan a settle from scratch gives', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 10 }), (steps) => expectSettledAlike(start(), steps)),
      { numRuns: 60 },
    );
  });
});

describe.each(editStarts)('settling %s primed when it opened', (_, start) => {
  it('changes nothing, and then gives the plan a settle from scratch gives (also where it opened untidy)', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 6 }), fc.option(fc.nat()), (steps, overlap) => {
        let plan = start();
        if (overlap !== null) {
          // A plan opened untidy (a file, another replica): one server laid over the next one.
          const boxes = resolveLayout(plan).boxes.filter((b) => b.kind === 'server');
          const [a, b] = [boxes[overlap % boxes.length]!, boxes[(overlap + 1) % boxes.length]!];
          if (a.parent === b.parent) plan = setPosition(plan, a.id, { x: b.x + 4, y: b.y + 4 });
        }
        forgetTidyContainers();
        const before = JSON.stringify(plan);
        primeSettle(plan);
        expect(JSON.stringify(plan)).toBe(before);
        expectSettledAlike(plan, steps, true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a container found tidy, then edited so that its boxes stay the very same', () => {
  // Server a sits exactly where it would go without a stored position, 8 px from b. Its entry then
  // goes: its box is the same object, but settle must place it again (a new item wants 16 px of air).
  function opened(): { plan: Plan; edited: Plan } {
    const servers = [makeServer({ id: 'a', name: 'A', site: 'hq', roles: ['Mailbox'] }), makeServer({ id: 'b', name: 'B', site: 'hq', roles: ['Mailbox'] })];
    const bare: Plan = { ...emptyPlan(), sites: [{ id: 'hq', name: 'HQ', kind: 'ad-site' }], servers, layout: { hq: { x: 0, y: 0 } } };
    const slot = resolveLayout(bare).byId.get('a')!;
    let plan = setPosition(bare, 'a', { x: slot.x, y: slot.y });
    plan = setPosition(plan, 'b', { x: slot.x + SERVER_WIDTH + 8, y: slot.y });
    const table = copyLayout(plan.layout);
    delete table.a;
    noteLayoutChange(table, plan.layout, ['a']);
    return { plan, edited: { ...plan, layout: table } };
  }

  it('is settled as from scratch when a child lost its stored position, and when a child is the anchor', () => {
    for (const hints of [{}, { anchors: ['b'] }] as SettleHints[]) {
      forgetTidyContainers();
      const { plan, edited } = opened();
      expect(settle(plan, plan)).toBe(plan);
      expect(resolveLayout(edited).byId.get('a')).toBe(resolveLayout(plan).byId.get('a'));
      const kept = settle(plan, edited, hints);
      forgetTidyContainers();
      const fresh = settle(plan, edited, hints);
      expect(fresh.layout?.a).toBeDefined();
      expect(kept.layout).toEqual(fresh.layout);
    }
  });
});
