// Plans in team rooms, as the plan library keeps them: a room joined here becomes a plan of the list
// holding the room's document as received (no copy, no duplicate items when it syncs again), and
// the binding to the room survives a reload; a damaged binding is ignored, never trusted.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { serializePlan } from '../model/index.ts';
import { templateById } from '../templates/index.ts';
import { BrowserLibrary } from './browserLibrary.ts';
import type { RoomBinding } from './library.ts';
import { PlanDocument } from './planDocument.ts';

const binding: RoomBinding = { server: 'http://team.example:4321', room: 'AbCdEfGhIjKlMnOpQrStUv', token: 'tOkEn-tOkEn_tOkEn-tOkEn_tOkEn-tO', role: 'editor' };
const libraries: BrowserLibrary[] = [];
const start = async () => {
  const { library } = await BrowserLibrary.open();
  libraries.push(library);
  return library;
};

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  for (const l of libraries.splice(0)) await l.close();
});

describe('team plans in the library', () => {
  it('hold the room’s document as received, and keep their room across a reload', async () => {
    const room = PlanDocument.fromPlan(templateById('figure-3')!.plan);
    const state = Y.encodeStateAsUpdate(room.doc);
    const library = await start();
    const joined = await library.createPlanFromState(state, 'Figure 3', binding);
    // The same items (ids and Yjs structs): syncing with the room again adds nothing.
    expect(Y.encodeStateVector(joined.document.doc)).toEqual(Y.encodeStateVector(room.doc));
    expect(serializePlan(joined.document.plan)).toBe(serializePlan(room.plan));
    expect(joined.document.canUndo).toBe(false);
    expect(library.entries().find((e) => e.id === joined.id)?.room).toEqual(binding);
    await joined.close();
    await library.close();

    const again = await start();
    const entry = again.entries().find((e) => e.id === joined.id)!;
    expect(entry.room).toEqual(binding);
    again.setRoom(entry.id, { ...binding, role: 'viewer', token: 'x'.repeat(22) });
    expect(again.entries()[0]!.room?.role).toBe('viewer');
    again.setRoom(entry.id, undefined);
    expect(again.entries()[0]!.room).toBeUndefined();
  });

  it('ignore a binding that is not one (another version, or tampered with)', async () => {
    const library = await start();
    const plan = await library.createPlan(templateById('figure-1')!.plan);
    const entries = library.doc.getMap<Y.Map<string>>('entries');
    for (const bad of ['not json', JSON.stringify({ ...binding, server: 'javascript:alert(1)' }), JSON.stringify({ ...binding, token: 'short' }), JSON.stringify({ ...binding, role: 'owner' })]) {
      entries.get(plan.id)!.set('room', bad);
      expect(library.entries()[0]!.room, bad).toBeUndefined();
    }
    await plan.close();
  });
});
