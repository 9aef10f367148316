// Storing and tab sync take an edit's updates after its frame is painted: merged, never lost.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { DeferredUpdates } from './afterPaint.ts';

function edits(count: number) {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  for (let i = 0; i < count; i++) doc.getMap('m').set(`k${i}`, i);
  return { doc, updates };
}

describe('updates handed on after the paint', () => {
  it('hands on quick edits as one update holding them all, not during the edit', async () => {
    const delivered: Uint8Array[] = [];
    const later = new DeferredUpdates((u) => delivered.push(u));
    const { doc, updates } = edits(3);
    for (const u of updates) later.push(u);
    expect(delivered).toEqual([]);
    await new Promise((r) => setTimeout(r, 20));
    expect(delivered).toHaveLength(1);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, delivered[0]!);
    expect(copy.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
    later.close();
  });

  it('hands on at once when asked or closed, and nothing twice', async () => {
    const delivered: Uint8Array[] = [];
    const later = new DeferredUpdates((u) => delivered.push(u));
    const { updates } = edits(2);
    later.push(updates[0]!);
    later.flush();
    expect(delivered).toHaveLength(1);
    later.push(updates[1]!);
    later.close();
    expect(delivered).toHaveLength(2);
    await new Promise((r) => setTimeout(r, 20));
    expect(delivered).toHaveLength(2);
  });
});
