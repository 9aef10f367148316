// Clients that do not play by the app's rules: a viewer writing with the wire protocol by hand, and
// an editor writing garbage into the plan's document. The server and the other people must hold.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { COLLECTIONS, planTypes } from '../src/doc/index.ts';
import { parsePlan, serializePlan } from '../src/model/index.ts';
import { templateById } from '../src/templates/index.ts';
import { clientPool, createRoom, eventually } from './testing/clients.ts';
import { startTestServer, type TestServer } from './testing/inProcess.ts';
import { rawClient, STEP_2, UPDATE, type RawClient } from './testing/rawClient.ts';

let server: TestServer;
const { join, closeAll } = clientPool();
const raws: RawClient[] = [];

beforeAll(async () => {
  server = await startTestServer();
}, 60_000);

afterAll(async () => {
  closeAll();
  for (const r of raws) r.close();
  await server?.stop();
});

/** An update that renames the first server of a copy of `from`. */
function renameUpdate(from: Y.Doc, name: string): Uint8Array {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(from));
  const before = Y.encodeStateVector(copy);
  const [first] = planTypes(copy).records.servers.values();
  first!.set('name', name);
  return Y.encodeStateAsUpdate(copy, before);
}

describe('a viewer speaking the protocol by hand', { timeout: 30_000 }, () => {
  it('has every update refused by the server: not applied, not stored, not sent to anyone', async () => {
    const { room, editorToken, viewerToken, doc } = await createRoom(server.url, templateById('figure-1')!.plan);
    const editor = join(server.url, room, editorToken, { from: doc, name: 'Editor' });
    await editor.until((s) => s.status === 'live');
    const viewer = rawClient(server.url, room, viewerToken);
    raws.push(viewer);
    expect(await viewer.authenticated).toEqual({ ok: true, scope: 'readonly' });

    // As a first sync (step 2) and as a later update: both ways a client writes.
    viewer.sendSync(STEP_2, renameUpdate(doc, 'HACKED1'));
    viewer.sendSync(UPDATE, renameUpdate(doc, 'HACKED2'));
    // Presence is fine from a viewer, and marked as a viewer's by the server.
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ user: { name: 'Vera', color: '#1864ab' }, selection: [], pointer: null, viewer: false });
    viewer.sendAwareness(encodeAwarenessUpdate(awareness, [awareness.clientID]));

    await eventually(() => editor.connection.peers().some((p) => p.user.name === 'Vera'), 5000, 'the viewer’s presence at the editor');
    expect(editor.connection.peers().find((p) => p.user.name === 'Vera')!.viewer).toBe(true);
    await eventually(() => viewer.statuses.length === 2, 5000, 'the server’s answers');
    expect(viewer.statuses).toEqual([false, false]);
    const names = () => editor.document.plan.servers.map((s) => s.name).join();
    expect(names()).not.toMatch(/HACKED/);

    // Not in the room either: someone joining once the room left memory reads it from the database.
    editor.close();
    viewer.close();
    let rooms = -1;
    for (let i = 0; i < 100 && rooms !== 0; i++) {
      rooms = ((await (await fetch(`${server.url}/healthz`)).json()) as { rooms: number }).rooms;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(rooms).toBe(0);
    const late = join(server.url, room, editorToken);
    await late.until((s) => s.status === 'live');
    expect(late.document.plan.servers.map((s) => s.name).join()).not.toMatch(/HACKED/);
    expect(late.document.plan.servers.length).toBe(templateById('figure-1')!.plan.servers.length);
  });
});

/** Something to write where the plan expects a record, a field or an id: anything Yjs can hold. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(fc.string(), fc.integer()), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('id', 'name', 'site', 'roles', 'kind', 'from', 'to', 'x', 'y', 'cluster'), fc.oneof(fc.string(), fc.integer(), fc.constant(null)), { noNullPrototype: true }),
  fc.constantFrom('map', 'array', 'text'),
);
const target = fc.record({
  where: fc.constantFrom(...COLLECTIONS, 'plan', 'layout', ...COLLECTIONS.map((c) => `${c}Order`)),
  key: fc.oneof(fc.constantFrom('id', 'name', 'format', 'version', 'sites', 'servers'), fc.string({ maxLength: 6 })),
  field: fc.constantFrom('id', 'name', 'site', 'roles', 'cluster', 'from', 'to', 'x', 'y', 'kind'),
  into: fc.boolean(),
  value: junk,
});

type Write = typeof target extends fc.Arbitrary<infer T> ? T : never;

/** A Yjs value for `value`: nested shared types for the 'map'/'array'/'text' picks. */
function shared(value: unknown): unknown {
  if (value === 'map') return new Y.Map();
  if (value === 'array') return Y.Array.from([1, 'x']);
  if (value === 'text') return new Y.Text('text');
  return value;
}

function write(doc: Y.Doc, t: Write) {
  if (t.where.endsWith('Order')) return doc.getArray(t.where).push([shared(t.value)]);
  const map = doc.getMap<unknown>(t.where);
  const existing = [...map.keys()][0];
  const record = t.into && existing !== undefined ? map.get(existing) : undefined;
  if (record instanceof Y.Map) record.set(t.field, shared(t.value));
  else map.set(t.into && existing !== undefined ? existing : t.key, shared(t.value));
}

describe('an editor writing garbage into the document', { timeout: 90_000 }, () => {
  it('leaves every other person with a plan that passes parsePlan, and their app running', async () => {
    const { room, editorToken, doc } = await createRoom(server.url, templateById('figure-2')!.plan);
    const hostile = join(server.url, room, editorToken, { from: doc });
    const honest = join(server.url, room, editorToken, { name: 'Honest' });
    await Promise.all([hostile, honest].map((c) => c.until((s) => s.status === 'live')));
    const ydoc = hostile.connection.doc;
    await fc.assert(
      fc.asyncProperty(fc.array(target, { minLength: 1, maxLength: 6 }), async (writes) => {
        ydoc.transact(() => writes.forEach((w) => write(ydoc, w)));
        const sent = serializePlan(hostile.document.plan);
        await hostile.connection.whenSaved(5000);
        await eventually(() => serializePlan(honest.document.plan) === sent, 5000, 'the write at the honest client');
        expect(parsePlan(serializePlan(honest.document.plan)).ok).toBe(true);
      }),
      { numRuns: 40, seed: 13 },
    );
    // Still in the room and still editing: the honest person's own edit reaches the other side.
    expect(honest.connection.current.status).toBe('live');
    honest.document.apply({ ...honest.document.plan, name: 'Still here' });
    await eventually(() => hostile.document.plan.name === 'Still here', 5000, 'the honest edit at the other side');
  });
});
