// The actions before and after the edit part (store/editing.ts) has arrived: called before, they
// run once it is here, in the order they were called, and leave the plan, the selection and the
// undo history exactly as the same calls made with the part already loaded. Each run starts from
// fresh modules (vi.resetModules), as a page that has not fetched the part yet.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { Plan, Role } from '../model/index.ts';
import type * as ActionsModule from './actions.ts';

type Actions = typeof ActionsModule;

/** One call the user could make, its arguments fixed from the plan as it was opened. */
type Call = (a: Actions) => void;

async function freshPage(loaded: boolean) {
  vi.resetModules();
  const { templateById } = await import('../templates/index.ts');
  const { PlanDocument } = await import('../doc/index.ts');
  const { usePlanStore, undo } = await import('./planStore.ts');
  const actions = await import('./actions.ts');
  if (loaded) await actions.loadEditing();
  usePlanStore.getState().open('t', PlanDocument.fromPlan(templateById('figure-3')!.plan));
  const { resolveLayout } = await import('../theme/geometry.ts');
  const { PALETTE } = await import('./paletteItems.ts');
  const deletes = await import('./deleteActions.ts');
  return { actions, deletes, usePlanStore, undo, resolveLayout, PALETTE };
}

type Page = Awaited<ReturnType<typeof freshPage>>;
const view = ({ usePlanStore }: Page) => {
  const { plan, selection, canUndo } = usePlanStore.getState();
  return { plan, selection, canUndo };
};

const pick = <T,>(list: readonly T[], n: number): T => list[n % list.length]!;

const step = fc.oneof(
  fc.record({ kind: fc.constant('drop' as const), key: fc.nat(), at: fc.nat(), dx: fc.integer({ min: -40, max: 400 }), dy: fc.integer({ min: -40, max: 300 }) }),
  fc.record({ kind: fc.constant('keyboard' as const), key: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), at: fc.nat(), dx: fc.integer({ min: -60, max: 300 }), dy: fc.integer({ min: -60, max: 200 }) }),
  fc.record({ kind: fc.constant('role' as const), at: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('connect' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant('rename' as const), at: fc.nat(), name: fc.constantFrom('EX99', 'EX01', '', 'HUB7') }),
  fc.record({ kind: fc.constant('grow' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('unwrap' as const), at: fc.nat() }),
);
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** The step as a call, its ids and points taken from the plan as opened (`page`). */
function callFor(page: Page, s: Step): Call {
  const plan: Plan = page.usePlanStore.getState().plan;
  const boxes = page.resolveLayout(plan).boxes;
  const box = (n: number) => pick(boxes, n);
  const server = (n: number) => pick(plan.servers, n);
  switch (s.kind) {
    case 'drop': {
      const b = box(s.at);
      return (a) => a.dropFromPalette(pick(page.PALETTE, s.key).key, { x: b.absX + s.dx, y: b.absY + s.dy });
    }
    case 'keyboard':
      return (a) => (a.select([box(s.at).id]), a.addFromPaletteByKeyboard(pick(page.PALETTE, s.key).key));
    case 'duplicate':
      return (a) => (a.select([server(s.at).id]), a.duplicateSelection());
    case 'move': {
      const b = box(s.at);
      const point = { x: b.absX + s.dx, y: b.absY + s.dy };
      return (a) => a.commitMoves([{ id: b.id, point, pointer: { x: point.x + 20, y: point.y + 12 } }]);
    }
    case 'role': {
      const from = pick(plan.servers.filter((x) => x.roles.length > 0), s.at);
      const to = box(s.to);
      return (a) => a.moveRoleTo(from.id, from.roles[0] as Role, { x: to.absX + 30, y: to.absY + 60 });
    }
    case 'connect':
      return (a) => a.connect(server(s.from).id, server(s.to).id, 'connection');
    case 'rename':
      return (a) => a.renameItem(server(s.at).id, s.name);
    case 'grow':
      return (a) => a.edit((p) => ({ ...p, servers: p.servers.map((x, i) => (i === s.at % p.servers.length ? { ...x, name: `${x.name}X` } : x)) }));
    case 'delete':
      return () => page.deletes.deleteItems([box(s.at).id]);
    case 'unwrap':
      return () => page.deletes.removeContainersKeepingContents([box(s.at).id]);
  }
}

/** Makes the calls on a fresh page (the edit part loaded first, or not yet), then lets everything settle. */
async function afterCalls(loaded: boolean, steps: readonly Step[]) {
  const page = await freshPage(loaded);
  for (const call of steps.map((s) => callFor(page, s))) call(page.actions);
  await settled(page);
  return view(page);
}

/** The edit part here and every waiting action run. */
async function settled(page: Page) {
  await page.actions.loadEditing();
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
}

describe('actions called before the edit part has arrived', () => {
  it('change nothing at once, then run in order once it is here', async () => {
    const page = await freshPage(false);
    const before = view(page);
    const server = page.usePlanStore.getState().plan.servers[0]!;
    page.actions.renameItem(server.id, 'FIRST');
    page.actions.renameItem(server.id, 'SECOND');
    page.actions.select([server.id]);
    expect(view(page)).toEqual(before);
    await settled(page);
    const after = page.usePlanStore.getState();
    expect(after.plan.servers.find((s) => s.id === server.id)!.name).toBe('SECOND');
    expect(after.selection).toEqual([server.id]);
    page.undo();
    expect(page.usePlanStore.getState().plan.servers.find((s) => s.id === server.id)!.name).toBe('FIRST');
  });

  it('run at once, as they are called, once it is here', async () => {
    const page = await freshPage(true);
    const server = page.usePlanStore.getState().plan.servers[0]!;
    page.actions.renameItem(server.id, 'NOW');
    expect(page.usePlanStore.getState().plan.servers.find((s) => s.id === server.id)!.name).toBe('NOW');
  });

  it('leave the same plan, selection and history as the same calls made with it loaded (random runs)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 6 }), async (steps) => {
        const late = await afterCalls(false, steps);
        const loaded = await afterCalls(true, steps);
        expect(late).toEqual(loaded);
      }),
      { numRuns: 25 },
    );
  });
});
