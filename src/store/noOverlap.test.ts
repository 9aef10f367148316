// The canvas never lets two items overlap: random runs of what a user does (drop from the palette,
// paste, duplicate, move, grow a server or cluster, delete, undo) on real plans, checked after every
// step: no two sibling boxes overlap and every child lies inside its container.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addRole, ROLES, type Plan } from '../model/index.ts';
import { outsideParent, siblingOverlaps } from '../layout/overlaps.ts';
import { threeSitePlan } from '../render/testing/threeSitePlan.ts';
import { templateById } from '../templates/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { commitMoves, copySelection, dropFromPalette, duplicateSelection, edit, moveRoleTo, paste } from './actions.ts';
import { deleteSelection, removeContainersKeepingContents } from './deleteActions.ts';
import { addFromPaletteByKeyboard } from './keyboardAdd.ts';
import { PALETTE } from './paletteItems.ts';
import { undo, usePlanStore } from './planStore.ts';
import { PlanDocument } from '../doc/index.ts';

const plan = () => usePlanStore.getState().plan;
const pick = <T,>(list: readonly T[], n: number): T | undefined => (list.length ? list[n % list.length] : undefined);
const boxes = () => resolveLayout(plan()).boxes;

/** A spot near an existing box (so drops land in sites, clusters and on cards), or anywhere. */
function near(n: number, dx: number, dy: number) {
  const b = pick(boxes(), n);
  return b ? { x: b.absX + dx, y: b.absY + dy } : { x: dx, y: dy };
}

const step = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), key: fc.nat(), at: fc.nat(), dx: fc.integer({ min: -40, max: 400 }), dy: fc.integer({ min: -40, max: 300 }) }),
  fc.record({ kind: fc.constant('keyboard' as const), key: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('paste' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), to: fc.nat(), dx: fc.integer({ min: -60, max: 300 }), dy: fc.integer({ min: -60, max: 200 }) }),
  fc.record({ kind: fc.constant('grow' as const), at: fc.nat(), role: fc.nat() }),
  fc.record({ kind: fc.constant('role' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unwrap' as const), at: fc.nat() }),
  fc.constant({ kind: 'undo' as const }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function run(s: Step) {
  const store = usePlanStore.getState();
  const servers = plan().servers;
  switch (s.kind) {
    case 'drop':
      return dropFromPalette(pick(PALETTE, s.key)!.key, near(s.at, s.dx, s.dy));
    case 'keyboard':
      store.select([pick(boxes(), s.at)?.id].filter((id): id is string => !!id));
      return addFromPaletteByKeyboard(pick(PALETTE, s.key)!.key);
    case 'paste':
      store.select(servers.slice(s.at % Math.max(1, servers.length), (s.at % Math.max(1, servers.length)) + s.count).map((x) => x.id));
      copySelection();
      return paste();
    case 'duplicate':
      store.select([pick(servers, s.at)?.id].filter((id): id is string => !!id));
      return duplicateSelection();
    case 'move': {
      const b = pick(boxes(), s.at);
      if (!b) return;
      const point = near(s.to, s.dx, s.dy);
      return commitMoves([{ id: b.id, point, pointer: { x: point.x + 20, y: point.y + 12 } }]);
    }
    case 'grow': {
      const server = pick(servers, s.at);
      if (server) edit((p) => addRole(p, server.id, ROLES[s.role % ROLES.length]!));
      return;
    }
    case 'role': {
      const server = pick(servers.filter((x) => x.roles.length > 0), s.at);
      if (server) moveRoleTo(server.id, server.roles[0]!, near(s.to, 30, 60));
      return;
    }
    case 'delete':
      store.select([pick(boxes(), s.at)?.id].filter((id): id is string => !!id));
      return deleteSelection();
    case 'unwrap':
      return removeContainersKeepingContents([pick(boxes(), s.at)?.id].filter((id): id is string => !!id));
    case 'undo':
      return undo();
  }
}

function expectTidy(p: Plan, after: string) {
  const resolved = resolveLayout(p);
  expect(siblingOverlaps(resolved), after).toEqual([]);
  expect(outsideParent(resolved), after).toEqual([]);
}

const starts: Array<[string, () => Plan]> = [
  ['Figure 1', () => templateById('figure-1')!.plan],
  ['Figure 3', () => templateById('figure-3')!.plan],
  ['30 servers in 3 sites', threeSitePlan],
];

describe.each(starts)('editing %s', (_, start) => {
  it('never leaves two sibling boxes overlapping, nor a child outside its container', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        usePlanStore.getState().open('test', PlanDocument.fromPlan(start()));
        steps.forEach((s, i) => {
          run(s);
          expectTidy(plan(), `after step ${i + 1}: ${JSON.stringify(s)}`);
        });
      }),
      { numRuns: 100 },
    );
  });
});
