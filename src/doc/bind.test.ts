// The binding for every model edit: the document then holds exactly the plan the edit returned, in
// one transaction (one update, one undo step) that a second replica derives to the same plan, and
// every record the edit did not touch keeps its object.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import * as edits from '../model/edits.ts';
import { parsePlan, type Plan } from '../model/index.ts';
import { templateById } from '../templates/index.ts';
import { PlanDocument } from './planDocument.ts';
import { checkBinding as check } from './testing/checkBinding.ts';

const START = templateById('figure-3')!.plan;
const LEGACY = { ...START, servers: [...START.servers, edits.makeServer({ id: 'old', name: 'EX2003', product: 'exchange2003', site: 'hq' })] };
const cms = START.clusters[0]!.id;
const hub = START.servers.find((s) => s.roles.includes('HubTransport') && !s.cluster)!.id;
const node = START.servers.find((s) => s.cluster === cms)!.id;
const dc = START.infrastructure.find((i) => i.kind === 'domain-controller')!.id;
const link = START.links[0]!.id;

/** Every model edit, with arguments that change the plan. */
const EDITS: Record<string, (p: Plan) => Plan> = {
  updatePlan: (p) => edits.updatePlan(p, { name: 'Renamed', organizationName: 'Fabrikam', servicePack: 'SP2', activeDirectory: { domainFunctionalLevel: 'windows2008' } }),
  addSite: (p) => edits.addSite(p, { id: 'branch', name: 'Branch', kind: 'ad-site' }, { x: 2000, y: 0, width: 600, height: 400 }),
  addServer: (p) => edits.addServer(p, { id: 'new', name: 'EX09', site: 'hq', roles: ['ClientAccess'] }, { x: 24, y: 400 }),
  addInfrastructure: (p) => edits.addInfrastructure(p, { id: 'dc9', kind: 'domain-controller', name: 'DC09', site: 'hq', globalCatalog: true }, { x: 500, y: 500 }),
  addCluster: (p) => edits.addCluster(p, { id: 'cms9', name: 'CMS09', type: 'SCC' }, [hub], { x: 40, y: 40 }),
  addLink: (p) => edits.addLink(p, { id: 'l9', kind: 'connection', from: hub, to: dc }),
  removeItems: (p) => edits.removeItems(p, ['hq']),
  addRole: (p) => edits.addRole(p, hub, 'UnifiedMessaging'),
  removeRole: (p) => edits.removeRole(p, hub, 'HubTransport'),
  moveRole: (p) => edits.moveRole(p, hub, node, 'HubTransport'),
  moveServerToSite: (p) => edits.moveServerToSite(p, hub, undefined, { x: -400, y: 0 }),
  moveClusterToSite: (p) => edits.moveClusterToSite(p, cms, undefined, { x: -900, y: 0 }),
  moveInfrastructureToSite: (p) => edits.moveInfrastructureToSite(p, dc, undefined, { x: -300, y: 300 }),
  setServerCluster: (p) => edits.setServerCluster(p, node, undefined),
  setPosition: (p) => edits.setPosition(p, hub, { x: 123, y: 456 }),
  setPositions: (p) => edits.setPositions(p, { [hub]: { x: 1, y: 2 }, hq: { x: 5, y: 6, width: 1500, height: 900 } }),
  updateServer: (p) => edits.updateServer(p, hub, { os: 'windows2008', cores: 8, storageGroups: undefined, domainController: true, globalCatalog: true }),
  updateCluster: (p) => edits.updateCluster(p, cms, { ipAddress: '10.0.0.50', witness: undefined }),
  updateSite: (p) => edits.updateSite(p, 'hq', { name: 'Head office (London)' }),
  updateInfrastructure: (p) => edits.updateInfrastructure(p, dc, { os: 'windows2008', readOnly: true }),
  updateLink: (p) => edits.updateLink(p, link, { kind: 'connection' }),
  renameItem: (p) => edits.renameItem(p, hub, 'HUB99'),
  duplicateServers: (p) => edits.duplicateServers(p, p.servers.slice(0, 3)).plan,
};

describe('the binding, for every model edit', () => {
  for (const [name, edit] of Object.entries(EDITS)) it(name, () => check(LEGACY, edit));

  it('covers every edit the model exports', () => {
    const helpers = ['emptyPlan', 'allIds', 'setReplicaIdSuffix', 'newId', 'computerNames', 'nextComputerName', 'makeServer', 'makeInfrastructure', 'sortRoles', 'makeClusterDraft'];
    const exported = Object.entries(edits).filter(([k, v]) => typeof v === 'function' && !helpers.includes(k)).map(([k]) => k);
    expect(exported.sort()).toEqual(Object.keys(EDITS).sort());
  });
});

describe('the order of records', () => {
  const add = (id: string, name: string) => edits.makeServer({ id, name, site: 'hq', roles: ['ClientAccess'] });
  it('keeps new records where the plan puts them: runs at the start, in the middle and at the end, beside a removal', () =>
    check(LEGACY, (p) => {
      const [first, second, ...rest] = p.servers.filter((s) => s.id !== 'old');
      return { ...p, servers: [add('n1', 'NEW1'), add('n2', 'NEW2'), first!, add('n3', 'NEW3'), add('n4', 'NEW4'), second!, ...rest, add('n5', 'NEW5')] };
    }));
});

describe('a field this version does not know (written by a newer one)', () => {
  it('stays in the document and out of the plan, which stays valid', () => {
    const document = PlanDocument.fromPlan(START);
    // A field this version does not know is kept in the document but left out of the plan.
    document.doc.transact(() => document.doc.getMap('clusters').get(cms) && (document.doc.getMap('clusters').get(cms) as Y.Map<unknown>).set('standbyOf', 'x'));
    expect(document.plan.clusters[0]).not.toHaveProperty('standbyOf');
    expect((document.doc.getMap('clusters').get(cms) as Y.Map<unknown>).get('standbyOf')).toBe('x');
    expect(parsePlan(document.plan).ok).toBe(true);
  });
});

describe('what the document cannot hold', () => {
  it('is repaired out of a local edit (the derived plan is the repaired one)', () => {
    const document = PlanDocument.fromPlan(START);
    const bad = { ...document.plan, servers: document.plan.servers.map((s) => (s.id === hub ? { ...s, cores: -3, roles: [...s.roles, 'Bogus'] } : s)) } as unknown as Plan;
    const derived = document.apply(bad);
    expect(derived).not.toBe(bad);
    const server = derived.servers.find((s) => s.id === hub)!;
    expect(server).not.toHaveProperty('cores');
    expect(server.roles).not.toContain('Bogus');
    expect(parsePlan(derived).ok).toBe(true);
  });

  it("is repaired out of another replica's update: a bad field dropped, a dangling reference cut", () => {
    const document = PlanDocument.fromPlan(START);
    const remote = new PlanDocument(new Y.Doc());
    Y.applyUpdate(remote.doc, Y.encodeStateAsUpdate(document.doc));
    remote.doc.transact(() => {
      const record = remote.doc.getMap('servers').get(hub) as Y.Map<unknown>;
      record.set('site', 'nowhere');
      record.set('cores', 'many');
    });
    Y.applyUpdate(document.doc, Y.encodeStateAsUpdate(remote.doc));
    const server = document.plan.servers.find((s) => s.id === hub)!;
    expect(server).not.toHaveProperty('site');
    expect(server).not.toHaveProperty('cores');
    expect(parsePlan(document.plan).ok).toBe(true);
  });
});
