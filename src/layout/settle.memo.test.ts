// Settle skips a container whose children are the very boxes it found tidy last time, all staying
// where they were: the plan it settles must be exactly the one a settle from scratch gives.
// Random runs of a user's edits on plans with sites, clusters and infrastructure.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRole, addServer, removeRole, ROLES, setPosition, type Plan } from '../model/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
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
