import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { freshDataDir } from '../testing/dataDir.ts';
import { openEmbedded } from './embedded.ts';
import { RoomStore } from './roomStore.ts';
import { migrate, type SqlDatabase } from './sql.ts';

let db: SqlDatabase;
let dir: string;
const bad: string[] = [];

beforeAll(async () => {
  dir = await freshDataDir();
  db = await openEmbedded(dir);
  await migrate(db);
  await migrate(db); // a second instance starting on the same database changes nothing
}, 120_000);
afterAll(async () => {
  await db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const access = { editorHash: 'e'.repeat(64), viewerHash: 'v'.repeat(64) };
const text = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc.getText('t').toString();
};
const edit = (doc: Y.Doc, at: number, s: string) => {
  let update: Uint8Array | undefined;
  doc.once('update', (u: Uint8Array) => (update = u));
  doc.getText('t').insert(at, s);
  return update!;
};

describe('rooms in the database', { timeout: 30_000 }, () => {
  it('keep every appended update, and storing folds them in without losing another instance’s', async () => {
    const store = new RoomStore(db, (room) => bad.push(room));
    const a = new Y.Doc();
    edit(a, 0, 'plan');
    await store.create('room-1', access, Y.encodeStateAsUpdate(a));
    expect(await store.access('room-1')).toEqual(access);
    expect(await store.access('room-2')).toBeUndefined();

    // Instance A appends its clients' updates; instance B one of its own that A never received.
    await store.append('room-1', edit(a, 4, ' one'));
    const b = new Y.Doc();
    Y.applyUpdate(b, (await store.load('room-1'))!);
    await store.append('room-1', edit(b, 0, 'B:'));
    expect(text((await store.load('room-1'))!)).toBe('B:plan one');

    // A stores what it holds: B's update stays in, and the appended updates are folded away.
    await store.append('room-1', edit(a, 8, ' two'));
    const bytes = await store.store('room-1', Y.encodeStateAsUpdate(a));
    expect(bytes).toBeGreaterThan(0);
    expect(await db.query('SELECT seq FROM team_room_updates WHERE room_hash = $1', ['room-1'])).toEqual([]);
    expect(text((await store.load('room-1'))!)).toBe('B:plan one two');
  });

  it('leave out an unreadable update instead of refusing to open the room', async () => {
    const store = new RoomStore(db, (room) => bad.push(room));
    const doc = new Y.Doc();
    edit(doc, 0, 'intact');
    await store.create('room-3', access, Y.encodeStateAsUpdate(doc));
    await store.append('room-3', new Uint8Array([255, 255, 255, 1, 2]));
    await store.append('room-3', edit(doc, 6, '!'));
    expect(text((await store.load('room-3'))!)).toBe('intact!');
    expect(bad).toContain('room-3');
  });
});
