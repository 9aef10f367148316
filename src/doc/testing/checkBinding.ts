// The binding's contract for one edit, shared by the model-edit and store-action binding tests.
import * as Y from 'yjs';
import { expect } from 'vitest';
import { parsePlan, serializePlan, type Plan } from '../../model/index.ts';
import { PlanDocument } from '../planDocument.ts';
import { COLLECTIONS } from '../shape.ts';

export function checkBinding(start: Plan, edit: (p: Plan) => Plan) {
  const document = PlanDocument.fromPlan(start);
  const before = document.plan;
  const next = edit(before);
  expect(next).not.toBe(before);
  const updates: Uint8Array[] = [];
  document.doc.on('update', (u: Uint8Array) => updates.push(u));
  const derived = document.apply(next);

  // The document holds exactly what the edit returned, through the same gate as a file.
  const expected = parsePlan(serializePlan(next));
  expect(expected.ok).toBe(true);
  expect(serializePlan(derived)).toBe(serializePlan(expected.ok ? expected.plan : next));
  expect(parsePlan(derived).ok).toBe(true);

  // One transaction; another replica that receives it derives the same plan.
  expect(updates).toHaveLength(1);
  const replica = new PlanDocument(new Y.Doc());
  Y.applyUpdate(replica.doc, Y.encodeStateAsUpdate(document.doc));
  expect(serializePlan(replica.plan)).toBe(serializePlan(derived));

  // Records (and lists) the edit left alone are the same objects as before.
  for (const c of COLLECTIONS) {
    if (next[c] === before[c]) expect(derived[c]).toBe(before[c]);
    const old = new Map(before[c].map((item) => [item.id, item]));
    for (const item of next[c]) if (old.get(item.id) === item) expect(derived[c].find((d) => d.id === item.id)).toBe(item);
  }
  if (next.layout === before.layout) expect(derived.layout).toBe(before.layout);

  // One undo step takes it all back, and redo brings it again.
  document.undo();
  expect(serializePlan(document.plan)).toBe(serializePlan(before));
  expect(document.canUndo).toBe(false);
  document.redo();
  expect(serializePlan(document.plan)).toBe(serializePlan(derived));
}

