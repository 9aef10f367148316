// The install order updated after a role edit or a server added must be the one worked out afresh: random runs of
// role toggles (the edit it is for) and every other kind of edit, each step checked against
// installOrder(); and it must be the update that answers a role toggle, not a fresh sort.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editPick, randomEdit } from '../model/testing/randomEdits.ts';
import { addRole, addServer, makeServer, newId, nextComputerName, removeRole, ROLES, type Plan } from '../model/index.ts';
import { templateById } from '../templates/index.ts';
import { installOrder } from './installOrder.ts';
import { updatedOrder } from './installOrderUpdate.ts';
import { coexistence, sccPlan } from './test-plans.ts';

const starts = [['Figure 3', () => templateById('figure-3')!.plan], ['coexistence', coexistence], ['SCC', sccPlan]] as const;
const CONTEXTS = [{}, { organizationExists: true, hubTransportExists: true }, { mailboxExists: true }];

const toggle = fc.record({ at: fc.nat(), role: fc.constantFrom(...ROLES) }).map(({ at, role }) => (p: Plan) => {
  const s = p.servers[at % Math.max(1, p.servers.length)];
  if (!s) return p;
  return s.roles.includes(role) ? removeRole(p, s.id, role) : addRole(p, s.id, role);
});
/** A server added at the end (a palette add): any product, site, cluster and roles. */
const add = fc.record({ site: fc.nat(), cluster: fc.nat(), roles: fc.subarray([...ROLES]), product: fc.constantFrom('exchange2007', 'exchange2007', 'exchange2003') }).map((pick) => (p: Plan) => {
  const site = p.sites[pick.site % (p.sites.length + 1)];
  const cluster = p.clusters[pick.cluster % (p.clusters.length + 2)];
  const draft = { id: newId(p, 'server'), name: nextComputerName(p), product: pick.product, roles: pick.roles };
  return addServer(p, { ...draft, ...(site ? { site: site.id } : {}), ...(cluster ? { cluster: cluster.id } : {}) });
});
const step = fc.oneof({ weight: 3, arbitrary: toggle }, { weight: 2, arbitrary: add }, { weight: 1, arbitrary: editPick.map((pick) => randomEdit(pick)) });

describe.each(starts)('the install order of %s, edit after edit', (_, start) => {
  it('updated from the last one, equals the order worked out afresh', () => {
    let updates = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 16 }), fc.constantFrom(...CONTEXTS), (steps, context) => {
        let plan = start();
        let order = installOrder(plan, context);
        for (const edit of steps) {
          const next = edit(plan);
          const updated = updatedOrder(plan, order, next, context);
          const fresh = installOrder(next, context);
          if (updated) {
            updates++;
            expect(updated).toEqual(fresh);
          }
          [plan, order] = [next, updated ?? fresh];
        }
      }),
      { numRuns: 40 },
    );
    expect(updates).toBeGreaterThan(0);
  });
});

describe('the install order of a mixed organization, updated after a role edit', () => {
  /** The coexistence plan with one more Hub Transport listed first, in `site`: the preferred Hub must still install first. */
  const withHubFirst = (site: string) => {
    const p = coexistence();
    return { ...p, servers: [makeServer({ id: `hub-${site}`, name: `HUB-${site.toUpperCase()}`, site, roles: ['ClientAccess', 'HubTransport'] }), ...p.servers] };
  };

  it('keeps the Hub that meets Exchange 2003 first in its site, ahead of one listed before it', () => {
    const plan = withHubFirst('hq');
    const next = addRole(plan, 'mbx01', 'ClientAccess');
    const updated = updatedOrder(plan, installOrder(plan, {}), next, {});
    expect(updated).toBeDefined();
    expect(updated).toEqual(installOrder(next, {}));
    expect(updated!.groups[0]!.serverIds[0]).toBe('hub01');
  });

  it('works the order out afresh when the edited server ends a connector (another Hub may lead then)', () => {
    const plan = withHubFirst('branch');
    const next = removeRole(plan, 'hub01', 'HubTransport');
    expect(updatedOrder(plan, installOrder(plan, {}), next, {})).toBeUndefined();
    expect(installOrder(next, {}).groups[0]!.serverIds[0]).toBe('brhub');
  });
});

describe('a server added with an id the plan already has', () => {
  it('gets the order worked out afresh (both are listed, as installOrder lists them)', () => {
    const figure = templateById('figure-3')!.plan;
    const plan = addServer(figure, { id: 'mbx-new', name: 'MBX-NEW', site: figure.sites[0]!.id, roles: ['Mailbox'] });
    const next = { ...plan, servers: [...plan.servers, { ...plan.servers.at(-1)!, name: 'TWIN' }] };
    const fresh = installOrder(next, {});
    expect(fresh.groups.flatMap((g) => g.serverIds).filter((id) => id === 'mbx-new')).toHaveLength(2);
    expect(updatedOrder(plan, installOrder(plan, {}), next, {}) ?? fresh).toEqual(fresh);
  });
});
