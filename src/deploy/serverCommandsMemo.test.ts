// The inspector keeps Setup commands between edits and selections; they must always be the
// commands worked out afresh for the plan shown: random runs of edits and selections, checked
// after each step.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editPick, randomEdit } from '../model/testing/randomEdits.ts';
import { removeRole, renameItem, updatePlan, updateServer, type Plan } from '../model/index.ts';
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
    expect(commands({ ...plan, servers: [...plan.servers] }, id, findings)).toBe(first);
  });
});

describe('Setup commands kept between edits, of one server', () => {
  const figure3 = () => templateById('figure-3')!.plan;
  const text = (steps: readonly { command?: string | undefined }[]) => steps.map((s) => s.command ?? '').join('\n');
  /** The commands of `id` before and after `change`, through one memory, and afresh after. */
  function around(id: string, change: (plan: Plan) => Plan) {
    const commands = createServerCommands();
    const before = figure3();
    const first = commands(before, id, validate(before));
    const after = change(before);
    const findings = validate(after);
    const second = commands(after, id, findings);
    expect(second).toEqual(serverCommands(after, id, { findings }));
    return { first, second };
  }

  it('stay the same list when another server is renamed', () => {
    const { first, second } = around('edge01', (p) => renameItem(p, 'um01', 'UM99'));
    expect(second).toBe(first);
  });

  it("follow a rename of the Hub Transport of the Edge server's subscribed site", () => {
    const { first, second } = around('edge01', (p) => renameItem(p, 'hub01', 'HUB77'));
    expect(text(first)).toContain('HUB01');
    expect(text(second)).toContain('HUB77');
  });

  it("follow a rename of the node's cluster", () => {
    const { first, second } = around('mbx01', (p) => renameItem(p, 'cms01', 'CMS42'));
    expect(text(first)).toContain('CMS01');
    expect(text(second)).toContain('CMS42');
  });

  it('follow the organization name, and the install order when another server gives up its role', () => {
    const named = around('cas01', (p) => updatePlan(p, { organizationName: 'Contoso Two' }));
    expect(text(named.second)).toContain('"Contoso Two"');
    // CAS01 installed first (it names the organization); without a role, HUB01 is first instead.
    const reordered = around('hub01', (p) => removeRole(p, 'cas01', 'ClientAccess'));
    expect(text(reordered.first)).not.toContain('/OrganizationName');
    expect(text(reordered.second)).toContain('/OrganizationName');
  });

  it('follow a duplicate computer name made and undone elsewhere in the plan', () => {
    const commands = createServerCommands();
    let plan = figure3();
    // The Edge server's subscription names the Hub: a second HUB01 makes that name a placeholder.
    for (const [name, blocked] of [['HUB01', true], ['UM01', false], ['HUB01', true]] as const) {
      plan = updateServer(plan, 'um01', { name });
      const findings = validate(plan);
      const steps = commands(plan, 'edge01', findings);
      expect(steps).toEqual(serverCommands(plan, 'edge01', { findings }));
      expect(JSON.stringify(steps).includes('name-duplicate')).toBe(blocked);
    }
  });
});
