// The inspector keeps Setup commands between edits and selections; they must always be the
// commands worked out afresh for the plan shown: random runs of edits and selections, checked
// after each step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editPick, randomEdit } from '../model/testing/randomEdits.ts';
import { templateById } from '../templates/index.ts';
import { validate } from '../rules/validate.ts';
import { serverCommands } from './commands.ts';
import { createServerCommands } from './serverCommandsMemo.ts';
import { coexistence, sccPlan } from './test-plans.ts';

const starts = [['Figure 3', () => templateById('figure-3')!.plan], ['coexistence', coexistence], ['SCC', sccPlan]] as const;

describe.each(starts)('Setup commands of %s, kept between edits', (_, start) => {
  it('are those of a fresh serverCommands for the plan and server shown', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(editPick, fc.nat(), fc.boolean()), { minLength: 1, maxLength: 12 }), (steps) => {
        const commands = createServerCommands();
        let plan = start();
        for (const [pick, at, edits] of steps) {
          if (edits) plan = randomEdit(pick)(plan);
          const server = plan.servers[at % Math.max(1, plan.servers.length)];
          if (!server) continue;
          const findings = validate(plan);
          expect(commands(plan, server.id, findings)).toEqual(serverCommands(plan, server.id, { findings }));
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('Setup commands kept between edits', () => {
  it('are not worked out again for a move or another look at the same server', () => {
    const commands = createServerCommands();
    const plan = coexistence();
    const findings = validate(plan);
    const id = plan.servers[0]!.id;
    const first = commands(plan, id, findings);
    expect(commands({ ...plan, layout: { [id]: { x: 9, y: 9 } } }, id, findings)).toBe(first);
    expect(commands({ ...plan, servers: [...plan.servers] }, id, findings)).not.toBe(first);
  });
});
