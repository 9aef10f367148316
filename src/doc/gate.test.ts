// The gate on an edit checks only the records it added or changed and those naming an id that came
// or went (derive.ts), against the ids of the whole plan: that must find a fault exactly when the
// whole check does, word it as the whole check does, and leave the same plan. Bad input arriving
// in a document (a remote update, a newer version) is repaired or dropped, the rest kept intact.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, referenceIssues, serializePlan, type Plan } from '../model/index.ts';
import { RECORD_LISTS, type IssueScope, type RecordList } from '../model/references.ts';
import { templateById } from '../templates/index.ts';
import { derivePlan } from './derive.ts';
import { gate } from './gate.ts';
import { PlanDocument } from './planDocument.ts';
import { namesAny, type Item } from './repair.ts';
import { planTypes } from './shape.ts';

const START = templateById('figure-3')!.plan;
const ids = RECORD_LISTS.flatMap((list) => START[list].map((r) => r.id));

/** A reference: to an existing id (of any kind), to no item, or to a reserved name. */
const ref = fc.oneof(fc.constantFrom(...ids), fc.constant('nowhere'), fc.constant('toString'));
const addition = fc.record({ list: fc.constantFrom(...RECORD_LISTS), id: fc.oneof(fc.constant('fresh'), fc.constantFrom(...ids), fc.constant('constructor')), a: ref, b: ref, placed: fc.boolean() });
type Addition = typeof addition extends fc.Arbitrary<infer T> ? T : never;

function record(add: Addition, n: number): Item {
  const id = add.id === 'fresh' ? `fresh${n}` : add.id;
  if (add.list === 'sites') return { id, name: `S${n}`, kind: 'ad' };
  if (add.list === 'servers') return { id, name: `EX${n}`, roles: ['Mailbox'], site: add.a, cluster: add.b };
  if (add.list === 'clusters') return { id, name: `CMS${n}`, type: 'CCR', witness: add.a };
  if (add.list === 'infrastructure') return { id, name: `DC${n}`, kind: 'domain-controller', site: add.a };
  return { id, kind: 'connection', from: add.a, to: add.b };
}

/** Each id's list, the first claim winning (as the document keeps them). */
function kindsOf(plan: Plan): Map<string, RecordList> {
  const kinds = new Map<string, RecordList>();
  for (const list of RECORD_LISTS) for (const r of plan[list]) if (!kinds.has(r.id)) kinds.set(r.id, list);
  return kinds;
}

describe('the gate on an edit that adds and removes records', () => {
  it('finds a fault in the records in scope exactly when the whole check does, in its words, and leaves the same plan', () => {
    fc.assert(
      fc.property(fc.array(addition, { maxLength: 4 }), fc.array(fc.nat(ids.length - 1), { maxLength: 3 }), (adds, gone) => {
        const removed = new Set(gone.map((i) => ids[i]!));
        const added = adds.map(record);
        const plan = { ...START } as unknown as Record<string, unknown> & Plan;
        const layout = Object.assign(Object.create(null), START.layout) as Record<string, { x: number; y: number }>;
        for (const id of removed) delete layout[id];
        for (const list of RECORD_LISTS) plan[list] = START[list].filter((r) => !removed.has(r.id)).concat(added.filter((_, i) => adds[i]!.list === list) as never[]) as never;
        adds.forEach((a, i) => a.placed && (layout[added[i]!.id] = { x: 8 * i, y: 40 }));
        plan.layout = layout;
        // What derive.ts puts in scope: the records added and those naming an id that came or went.
        const flipped = new Set([...removed, ...added.map((r) => r.id)]);
        const scope: IssueScope = { kinds: kindsOf(plan), records: {}, layout: [...flipped] };
        for (const list of RECORD_LISTS)
          scope.records[list] = plan[list].flatMap((r, i) => (added.includes(r as unknown as Item) || namesAny(list, r as unknown as Item, flipped) ? [i] : []));
        const whole = referenceIssues(plan);
        const scoped = referenceIssues(plan, scope);
        expect(scoped.length === 0, JSON.stringify({ whole, scoped })).toBe(whole.length === 0);
        for (const issue of scoped) expect(whole).toContainEqual(issue);
        expect(gate(plan, scope)).toEqual(gate(plan));
        // A document's lists hold an id once: there the pass for an id repeated in its list is left out, and finds the same.
        if (RECORD_LISTS.every((list) => new Set(plan[list].map((r) => r.id)).size === plan[list].length))
          expect(referenceIssues(plan, { ...scope, unique: true })).toEqual(scoped);
      }),
      { numRuns: 300 },
    );
  });

  it('of a document is given lists that hold an id once, however its order lists repeat ids', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...RECORD_LISTS), fc.nat()), { minLength: 1, maxLength: 6 }), (pushes) => {
        const document = PlanDocument.fromPlan(START);
        const types = planTypes(document.doc);
        document.doc.transact(() => {
          for (const [list, at] of pushes) types.order[list].push([ids[at % ids.length]!]);
        });
        for (const plan of [document.plan, derivePlan(document.doc)])
          for (const list of RECORD_LISTS) expect(new Set(plan[list].map((r) => r.id)).size).toBe(plan[list].length);
      }),
      { numRuns: 60 },
    );
  });
});

describe('the gate on an edit whose record takes an id of its own list', () => {
  it('finds the duplicate as the whole check does (a plan handed in, not keyed by id)', () => {
    // fast-check's counterexample: a second site with the id of one already there.
    const site = START.sites[START.sites.length - 1]!;
    const plan = { ...START, sites: [...START.sites, { ...site, name: 'Twin' }] } as Plan;
    const i = plan.sites.length - 1;
    const scope: IssueScope = { kinds: kindsOf(plan), records: { sites: [i] }, layout: [] };
    const whole = referenceIssues(plan);
    expect(whole).toEqual([{ path: `sites[${i}].id`, message: `id "${site.id}" is already used by a site` }]);
    expect(referenceIssues(plan, scope)).toEqual(whole);
    expect(gate(plan, scope)).toEqual(gate(plan));
  });
});

describe('bad records in an edit that adds items', () => {
  it('are repaired or left out with the reason the gate gives, and every other record is kept as it was', () => {
    const document = PlanDocument.fromPlan(START);
    const before = document.plan;
    const server = before.servers[0]!;
    const bad = {
      ...before,
      // A palette add whose server names a site that is not there, a link to no item, a domain
      // controller that takes an existing server's id, and one with a reserved id.
      servers: [...before.servers, { ...server, id: 'added', name: 'EX-ADDED', site: 'nowhere' }],
      links: [...before.links, { id: 'dangling', kind: 'connection', from: server.id, to: 'nowhere' }],
      infrastructure: [
        ...before.infrastructure,
        { id: server.id, kind: 'domain-controller', name: 'DC-TWIN', globalCatalog: true, site: server.site },
        { id: 'toString', kind: 'domain-controller', name: 'DC-RESERVED', globalCatalog: true },
      ],
    } as Plan;
    expect(referenceIssues(bad).map((i) => i.message)).toEqual(
      expect.arrayContaining([
        expect.stringContaining('no site with id'),
        expect.stringContaining('no item with id'),
        expect.stringContaining('is already used by a server'),
        expect.stringContaining('cannot be an id'),
      ]),
    );
    const plan = document.apply(bad);
    expect(parsePlan(plan).ok).toBe(true);
    expect(referenceIssues(plan)).toEqual([]);
    // The added server stays, unplaced; the link, the twin and the reserved id are left out.
    expect(plan.servers.find((s) => s.id === 'added')).not.toHaveProperty('site');
    expect(plan.links.some((l) => l.id === 'dangling')).toBe(false);
    expect(plan.infrastructure.some((i) => i.name === 'DC-TWIN' || i.name === 'DC-RESERVED')).toBe(false);
    for (const list of RECORD_LISTS) for (const r of before[list]) expect(plan[list].find((x) => x.id === r.id)).toEqual(r);
    // What the document derives from scratch is the same plan; one undo takes the edit back.
    expect(serializePlan(derivePlan(document.doc))).toBe(serializePlan(plan));
    // The next edits (a rename, then an add) do not bring back what the gate left out.
    const renamed = document.apply({ ...plan, servers: plan.servers.map((s) => (s.id === server.id ? { ...s, name: 'EX-RENAMED' } : s)) });
    const added = document.apply({ ...renamed, servers: [...renamed.servers, { ...server, id: 'added2', name: 'EX-ADDED2' }] });
    for (const next of [renamed, added]) {
      expect(referenceIssues(next)).toEqual([]);
      expect(next.infrastructure.some((i) => i.name === 'DC-TWIN' || i.name === 'DC-RESERVED')).toBe(false);
    }
    expect(serializePlan(derivePlan(document.doc))).toBe(serializePlan(added));
    document.undo();
    document.undo();
    document.undo();
    expect(serializePlan(document.plan)).toBe(serializePlan(before));
  });
});
