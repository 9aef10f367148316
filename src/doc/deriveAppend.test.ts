// Deriving the plan after items were added at the end of a list reads only the new records (derive.ts,
// appendedIds): the plan must be the one a fresh derive finds, also when the same change or an earlier
// one left the order list and the records out of step (as concurrent edits and damaged documents can).
import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { makeServer, serializePlan, type Server } from '../model/index.ts';
import { templateById } from '../templates/index.ts';
import { derivePlan } from './derive.ts';
import { PlanDocument } from './planDocument.ts';
import { planTypes, type FieldMap } from './shape.ts';
import { toShared } from './write.ts';

const START = templateById('figure-3')!.plan;
const server = (id: string): Server => makeServer({ id, name: id.toUpperCase(), site: START.sites[0]!.id, roles: ['ClientAccess'] });

/** The document's plan, checked against a fresh derive of the same document. */
function derivedAlike(document: PlanDocument) {
  expect(serializePlan(document.plan)).toBe(serializePlan(derivePlan(document.doc)));
  return document.plan.servers.map((s) => s.id);
}

/** Writes a server record, and its id at the end of the order unless `listed` is false. */
function write(doc: Y.Doc, record: Server | Record<string, unknown>, listed = true) {
  const types = planTypes(doc);
  types.records.servers.set(record.id as string, toShared(record) as FieldMap);
  if (listed) types.order.servers.push([record.id as string]);
}

describe('a server added at the end of the list', () => {
  it('comes after the others, as a fresh derive puts it', () => {
    const document = PlanDocument.fromPlan(START);
    document.doc.transact(() => write(document.doc, server('new-1')));
    expect(derivedAlike(document).at(-1)).toBe('new-1');
  });

  it('comes before a record the order list leaves out (those go last, by id)', () => {
    const document = PlanDocument.fromPlan(START);
    document.doc.transact(() => write(document.doc, server('zz-unlisted'), false));
    document.doc.transact(() => write(document.doc, server('new-1')));
    expect(derivedAlike(document).slice(-2)).toEqual(['new-1', 'zz-unlisted']);
  });

  it('with a record that became valid in the same change (not in the order list), takes both', () => {
    const document = PlanDocument.fromPlan(START);
    document.doc.transact(() => write(document.doc, { ...server('aa-broken'), cores: 'many', roles: 'none' }, false));
    document.doc.transact(() => {
      write(document.doc, server('aa-broken'), false);
      write(document.doc, server('new-1'));
    });
    expect(derivedAlike(document)).toContain('aa-broken');
  });

  it('with another record removed in the same change (its id still listed), leaves that one out', () => {
    const document = PlanDocument.fromPlan(START);
    const gone = START.servers[0]!.id;
    document.doc.transact(() => {
      planTypes(document.doc).records.servers.delete(gone);
      write(document.doc, server('new-1'));
    });
    expect(derivedAlike(document)).not.toContain(gone);
  });
});

describe('an id pushed again at the end of the order list (a replica that listed it twice)', () => {
  it('is not listed twice: the plan keeps it where it was, as a fresh derive does', () => {
    const document = PlanDocument.fromPlan(START);
    const again = START.servers[1]!.id;
    document.doc.transact(() => write(document.doc, { ...START.servers[1]!, name: 'EX-AGAIN' }));
    const ids = derivedAlike(document);
    expect(ids.filter((id) => id === again)).toHaveLength(1);
    expect(ids).toEqual(START.servers.map((s) => s.id));
    expect(document.plan.servers[1]!.name).toBe('EX-AGAIN');
  });

  it('beside a new one in the same change, takes the new one once and the old one where it was', () => {
    const document = PlanDocument.fromPlan(START);
    const again = START.servers[0]!.id;
    document.doc.transact(() => {
      write(document.doc, server('new-1'));
      planTypes(document.doc).order.servers.push([again]);
    });
    expect(derivedAlike(document)).toEqual([...START.servers.map((s) => s.id), 'new-1']);
  });
});

describe('the layout table after a change that moved nothing', () => {
  it('is the same object (a server added without a position, another replica\'s edit)', () => {
    const document = PlanDocument.fromPlan(START);
    const before = document.plan.layout;
    expect(before).toBeDefined();
    document.doc.transact(() => write(document.doc, server('new-1')));
    expect(derivedAlike(document).at(-1)).toBe('new-1');
    expect(document.plan.layout).toBe(before);
  });
});
