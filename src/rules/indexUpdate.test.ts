// The plan index updated from the last one (a server's roles or name edited) must answer every
// question exactly as one built afresh, and validation through it must equal a full validate():
// random runs of edits (role toggles, renames and every other kind the model offers), each step
// checked against indexPlan() and validate().
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editPick, randomEdit } from '../model/testing/randomEdits.ts';
import { addRole, addServer, LINK_KINDS, newId, nextComputerName, removeRole, renameItem, ROLES, updateServer, type Plan } from '../model/index.ts';
import { threeSitePlan } from '../render/testing/threeSitePlan.ts';
import { templateById } from '../templates/index.ts';
import { ALL_CASES } from './cases/index.ts';
import { enableIndexUpdates } from './incremental.ts';
import { updateIndex } from './indexUpdate.ts';
import { indexPlan, type PlanIndex } from './planIndex.ts';
import { expectValidatedAlike } from './testing/validatesAlike.ts';

const NAMES = ['EX-01', '1234', 'a-name-far-too-long-for-netbios', 'EX 01', 'ex-01', 'MBX-NEW'];

const serverAt = (p: Plan, at: number) => p.servers[at % Math.max(1, p.servers.length)];

/** The edits the update is for (a role on or off, a rename, the undo of either), and every other kind. */
const step = fc.oneof(
  { weight: 4, arbitrary: fc.record({ at: fc.nat(), role: fc.constantFrom(...ROLES) }).map(({ at, role }) => (p: Plan) => {
    const s = serverAt(p, at);
    if (!s) return p;
    return s.roles.includes(role) ? removeRole(p, s.id, role) : addRole(p, s.id, role);
  }) },
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), name: fc.constantFrom(...NAMES) }).map(({ at, name }) => (p: Plan) => {
    const s = serverAt(p, at);
    return s ? renameItem(p, s.id, name) : p;
  }) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), cores: fc.integer({ min: 1, max: 16 }) }).map(({ at, cores }) => (p: Plan) => {
    const s = serverAt(p, at);
    return s ? updateServer(p, s.id, { cores }) : p;
  }) },
  { weight: 3, arbitrary: editPick.map((pick) => randomEdit(pick)) },
  // A server added at the end (a palette add): any product, site, cluster and roles.
  { weight: 2, arbitrary: fc.record({ site: fc.nat(), cluster: fc.nat(), roles: fc.subarray([...ROLES]), product: fc.constantFrom('exchange2007', 'exchange2003', 'exchange55'), dc: fc.boolean() }).map((pick) => (p: Plan) => {
    const site = p.sites[pick.site % (p.sites.length + 1)];
    const cluster = p.clusters[pick.cluster % (p.clusters.length + 2)];
    const draft = { id: newId(p, 'server'), name: nextComputerName(p), product: pick.product, roles: pick.roles, domainController: pick.dc, globalCatalog: pick.dc && pick.site % 2 === 0 };
    return addServer(p, { ...draft, ...(site ? { site: site.id } : {}), ...(cluster ? { cluster: cluster.id } : {}) });
  }) },
);

/** Every answer an index gives, for every id of the plan (and one it does not have). */
function answers(ix: PlanIndex) {
  const p = ix.plan;
  const ids = [...p.servers, ...p.sites, ...p.clusters, ...p.infrastructure, ...p.links].map((x) => x.id).concat('no-such-id');
  const siteIds = [...new Set([...p.sites.map((s) => s.id), ...p.servers.flatMap((s) => (s.site ? [s.site] : []))])];
  const clusterIds = [...new Set([...p.clusters.map((c) => c.id), ...p.servers.flatMap((s) => (s.cluster ? [s.cluster] : []))])];
  return {
    maps: [[...ix.sites], [...ix.clusters], [...ix.servers], [...ix.infrastructure], [...ix.telephony]],
    perId: ids.map((id) => [ix.server(id), ix.name(id), ix.named(id), ix.subscriptionsOf(id), ix.connectionsAt(id), ix.linksAt(id)]),
    roles: [ROLES.map((r) => ix.withRole(r)), ix.org, ix.roleCount, ROLES.map((r) => ix.firstWithRole[r])],
    lists: [ix.exchange2007Count, ix.earlier, ix.legacy, ix.clusterNodes, ix.unplaced, ix.perimeterServers],
    sites: siteIds.map((id) => [ROLES.map((r) => ix.inSite(id, r)), ix.exchangeCountInSite(id), ix.globalCatalogs(id)]),
    nodes: clusterIds.map((id) => ix.nodes(id)),
    links: LINK_KINDS.map((kind) => ix.ofKind(kind)),
    computers: Array.from({ length: ix.computerCount }, (_, i) => [ix.computerName(i), ix.computer(i)]),
  };
}

const starts: Array<[string, () => Plan]> = [
  ['Figure 3', () => templateById('figure-3')!.plan],
  ['30 servers in 3 sites', threeSitePlan],
  ...ALL_CASES.filter((_, i) => i % 8 === 0).map((c): [string, () => Plan] => [`${c.rule} (${c.when})`, () => c.fires]),
];

describe.each(starts)('the plan index of %s, edit after edit', (_, start) => {
  it('updated from the last one, answers as one built afresh', () => {
    let updates = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => {
        let plan = start();
        let index = indexPlan(plan);
        steps.forEach((edit, i) => {
          plan = edit(plan);
          const next = updateIndex(index, plan);
          if (next) {
            updates++;
            expect(answers(next), `after step ${i + 1}`).toEqual(answers(indexPlan(plan)));
          }
          index = next ?? indexPlan(plan);
        });
      }),
      { numRuns: 25 },
    );
    expect(updates).toBeGreaterThan(0);
  });
});

describe('validation with index updates', () => {
  enableIndexUpdates(updateIndex);

  it.each(starts)('of %s gives exactly the findings of a full validation, in order', (_, start) => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 20 }), (steps) => expectValidatedAlike(start(), steps)),
      { numRuns: 20 },
    );
  });

  it('updates a role edit and a rename, and builds afresh for an edit of anything else', () => {
    const plan = threeSitePlan();
    const index = indexPlan(plan);
    const id = plan.servers[0]!.id;
    const role = ROLES.find((r) => !plan.servers[0]!.roles.includes(r))!;
    expect(updateIndex(index, addRole(plan, id, role))).toBeDefined();
    expect(updateIndex(index, renameItem(plan, id, 'EX-RENAMED'))).toBeDefined();
    const added = addServer(plan, { id: newId(plan, 'server'), name: 'EX-NEW', site: plan.sites[0]!.id, roles: ['Mailbox'] });
    expect(updateIndex(index, added)).toBeDefined();
    expect(updateIndex(index, updateServer(plan, id, { site: undefined }))).toBeUndefined();
    expect(updateIndex(index, { ...plan, sites: [...plan.sites] })).toBeUndefined();
  });
});

describe('a role toggled on a server of a large site', () => {
  /** One site of `n` Hub Transport servers after the three-site plan's, but one Mailbox server near the end. */
  function bigSite(n: number): Plan {
    const plan = threeSitePlan();
    const hub = plan.servers.find((s) => s.site === 'hq' && s.roles.length === 1 && s.roles[0] === 'HubTransport')!;
    const more = Array.from({ length: n }, (_, i) => ({ ...hub, id: `big-${i}`, name: `BIG${i}`, roles: [i === n - 2 ? ('Mailbox' as const) : ('HubTransport' as const)] }));
    return { ...plan, servers: [...plan.servers, ...more] };
  }

  it("refiles the site's list with one walk of the servers before it, not a search of the plan per member", () => {
    const plan = bigSite(3000);
    const at = plan.servers.length - 2;
    const gained = addRole(plan, plan.servers[at]!.id, 'HubTransport');
    const lost = removeRole(plan, plan.servers[at + 1]!.id, 'HubTransport');
    for (const edited of [gained, lost]) {
      let reads = 0;
      const counted = new Proxy(edited.servers, {
        get: (target, key, receiver) => {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver) as unknown;
        },
      });
      const index = updateIndex(indexPlan(plan), { ...edited, servers: counted })!;
      reads = 0;
      const list = index.inSite('hq', 'HubTransport');
      // A walk of the plan up to the edited server, at most (an indexOf per member read millions).
      expect(reads).toBeLessThanOrEqual(edited.servers.length);
      expect(list).toEqual(indexPlan(edited).inSite('hq', 'HubTransport'));
      expect(index.inSite('hq', 'Mailbox')).toEqual(indexPlan(edited).inSite('hq', 'Mailbox'));
    }
  });
});

describe('a server added at the end with an id something already has or names', () => {
  const plan = threeSitePlan();
  const draft = (id: string) => ({ id, name: 'EX-NEW', site: plan.sites[1]!.id, roles: ['Mailbox' as const] });
  const cases: Array<[string, string]> = [
    ['another server, one nothing names', plan.servers.find((s) => !plan.links.some((l) => l.from === s.id || l.to === s.id) && !plan.clusters.some((c) => c.witness === s.id))!.id],
    ['an infrastructure item', plan.infrastructure[0]!.id],
    ['a link end', plan.links[0]!.from],
  ];

  it.each(cases)('(%s) gets an index built afresh, and validation as a full one', (_, id) => {
    const added = { ...plan, servers: [...plan.servers, { ...plan.servers[0]!, ...draft(id) }] };
    expect(updateIndex(indexPlan(plan), added)).toBeUndefined();
    expectValidatedAlike(plan, [() => added]);
  });
});
