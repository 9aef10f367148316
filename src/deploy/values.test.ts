// A values object takes the name counts over from the last plan's (values.ts, recount): only the
// records that differ place by place are counted again. Property test: through random edits, palette
// adds with new and clashing names and their undo, every computer name is printed (or blocked as a
// duplicate) exactly as by values counted afresh.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editPick, randomEdit } from '../model/testing/randomEdits.ts';
import { addServer, newId, nextComputerName, renameItem, type Plan } from '../model/index.ts';
import { templateById } from '../templates/index.ts';
import { commandValues, type CommandValues } from './values.ts';
import { coexistence, sccPlan } from './test-plans.ts';

const NAMES = ['EX-01', 'ex-01', 'MBX-NEW', 'DC1'];

const step = fc.oneof(
  { weight: 3, arbitrary: editPick.map((pick) => randomEdit(pick)) },
  // A palette add: a new name, or one another computer may have.
  { weight: 3, arbitrary: fc.option(fc.constantFrom(...NAMES)).map((name) => (p: Plan) => addServer(p, { id: newId(p, 'server'), name: name ?? nextComputerName(p), roles: ['Mailbox'] })) },
  // Its undo: the last server gone.
  { weight: 2, arbitrary: fc.constant((p: Plan) => ({ ...p, servers: p.servers.slice(0, -1) })) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), name: fc.constantFrom(...NAMES) }).map(({ at, name }) => (p: Plan) => {
    const s = p.servers[at % Math.max(1, p.servers.length)];
    return s ? renameItem(p, s.id, name) : p;
  }) },
);

/** Every server's and cluster's printed name. */
const printed = (plan: Plan, values: CommandValues) => [
  ...plan.servers.map((s) => values.computer('server', s.id, '<server name>')),
  ...plan.clusters.map((c) => values.computer('cluster', c.id, '<cluster name>')),
];

const starts = [['Figure 3', () => templateById('figure-3')!.plan], ['coexistence', coexistence], ['SCC', sccPlan]] as const;

describe.each(starts)('computer names of %s, counted from the last plan\'s', (_, start) => {
  it('are printed as with names counted afresh', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 16 }), (steps) => {
        let plan = start();
        let values = commandValues(plan, []);
        printed(plan, values);
        for (const edit of steps) {
          plan = edit(plan);
          values = commandValues(plan, [], values);
          expect(printed(plan, values)).toEqual(printed(plan, commandValues(plan, [])));
        }
      }),
      { numRuns: 40 },
    );
  });
});
