import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addRole, parsePlan, renameItem, serializePlan, updateServer } from '../src/model/index.ts';
import { planTypes } from '../src/doc/index.ts';
import { templateById } from '../src/templates/index.ts';
import { clientPool, createRoom, eventually } from './testing/clients.ts';
import { startTestServer, type TestServer } from './testing/inProcess.ts';

const figure1 = () => templateById('figure-1')!.plan;
let server: TestServer;
const { join, closeAll } = clientPool();

beforeAll(async () => {
  server = await startTestServer();
}, 60_000);

afterAll(async () => {
  closeAll();
  await server?.stop();
});

describe('a room', { timeout: 30_000 }, () => {
  it('brings two editors’ concurrent edits together, and a viewer sees them', async () => {
    const { room, editorToken, viewerToken, doc } = await createRoom(server.url, figure1());
    const alice = join(server.url, room, editorToken, { from: doc, name: 'Alice' });
    const bob = join(server.url, room, editorToken, { name: 'Bob' });
    const vera = join(server.url, room, viewerToken, { name: 'Vera' });
    await Promise.all([alice, bob, vera].map((c) => c.until((s) => s.status === 'live')));
    expect(vera.connection.current.role).toBe('viewer');
    expect(alice.connection.current.role).toBe('editor');
    // Bob joined with an empty document: the room gave him the plan.
    expect(bob.document.plan.servers.map((s) => s.name)).toEqual(alice.document.plan.servers.map((s) => s.name));

    const ex01 = alice.document.plan.servers.find((s) => s.name === 'EX01')!.id;
    alice.document.apply(updateServer(alice.document.plan, ex01, { arch: 'x86' }));
    bob.document.apply(renameItem(bob.document.plan, ex01, 'EX10'));
    for (const c of [alice, bob, vera])
      await eventually(() => {
        const s = c.document.plan.servers.find((x) => x.id === ex01)!;
        return s.arch === 'x86' && s.name === 'EX10';
      }, 5000, 'both edits everywhere');
    expect(serializePlan(vera.document.plan)).toBe(serializePlan(alice.document.plan));
    // Each person sees the others in the room, with the viewer marked by the server.
    await eventually(() => alice.connection.peers().length === 2, 5000, 'presence');
    expect(alice.connection.peers().map((p) => [p.user.name, p.viewer ?? false])).toEqual([
      ['Bob', false],
      ['Vera', true],
    ]);
  });

  it('shows a person again as soon as they reconnect, with the edits they made offline', async () => {
    const { room, editorToken, doc } = await createRoom(server.url, figure1());
    const alice = join(server.url, room, editorToken, { from: doc, name: 'Alice' });
    const bob = join(server.url, room, editorToken, { name: 'Bob' });
    await Promise.all([alice, bob].map((c) => c.until((s) => s.status === 'live')));
    await eventually(() => alice.connection.peers().length === 1, 5000, 'Bob at Alice');
    bob.connection.setOnline(false);
    await eventually(() => alice.connection.peers().length === 0, 5000, 'Bob gone at Alice');
    const ex01 = bob.document.plan.servers.find((s) => s.name === 'EX01')!.id;
    bob.document.apply(renameItem(bob.document.plan, ex01, 'EXOFF'));
    bob.connection.setOnline(true);
    await bob.until((s) => s.status === 'live');
    // Well before the 15 s in which presence renews itself (half of it: a 2-core machine running
    // other tests took over 3 s to deliver it).
    await eventually(() => alice.connection.peers().length === 1, 7500, 'Bob back at Alice');
    await eventually(() => alice.document.plan.servers.some((s) => s.name === 'EXOFF'), 7500, 'the offline edit at Alice');
    // And when Bob leaves after that, he is gone for the others too.
    bob.close();
    // Before the 30 s after which a silent person is dropped.
    await eventually(() => alice.connection.peers().length === 0, 7500, 'Bob gone after leaving');
  });

  it('refuses a viewer’s updates on the server, not only in the app', async () => {
    const { room, editorToken, viewerToken, doc } = await createRoom(server.url, figure1());
    const editor = join(server.url, room, editorToken, { from: doc });
    const viewer = join(server.url, room, viewerToken);
    await Promise.all([editor, viewer].map((c) => c.until((s) => s.status === 'live')));
    const ex01 = viewer.document.plan.servers.find((s) => s.name === 'EX01')!.id;
    // A viewer whose app ignored read-only mode edits its own copy: the server keeps it out.
    viewer.document.apply(addRole(viewer.document.plan, ex01, 'EdgeTransport'));
    editor.document.apply(renameItem(editor.document.plan, ex01, 'EX77'));
    await eventually(() => viewer.document.plan.servers.some((s) => s.name === 'EX77'), 5000, 'the editor’s edit at the viewer');
    await new Promise((r) => setTimeout(r, 300));
    expect(editor.document.plan.servers.find((s) => s.id === ex01)!.roles).not.toContain('EdgeTransport');
    expect(viewer.connection.provider.unsyncedChanges).toBeGreaterThan(0);
    // Someone joining later does not get it either: it is not in the room.
    const late = join(server.url, room, editorToken);
    await late.until((s) => s.status === 'live');
    expect(late.document.plan.servers.find((s) => s.id === ex01)!.roles).not.toContain('EdgeTransport');
  });

  it('refuses a connection without a valid token for that room', async () => {
    const first = await createRoom(server.url, figure1());
    const second = await createRoom(server.url, figure1());
    const cases = [
      join(server.url, first.room, second.editorToken),
      join(server.url, first.room, 'not-a-token'),
      join(server.url, 'AAAAAAAAAAAAAAAAAAAAAA', first.editorToken),
    ];
    for (const c of cases) {
      const state = await c.until((s) => s.status === 'refused');
      expect(state.problem).toMatch(/does not open a room on this server/);
      expect(c.document.plan.servers).toEqual([]);
    }
  });

  it('gives every client a plan that passes parsePlan, whatever an editor writes into the document', async () => {
    const { room, editorToken, doc } = await createRoom(server.url, figure1());
    const hostile = join(server.url, room, editorToken, { from: doc });
    const honest = join(server.url, room, editorToken);
    await Promise.all([hostile, honest].map((c) => c.until((s) => s.status === 'live')));
    const ydoc = hostile.connection.doc;
    const types = planTypes(ydoc);
    const ex01 = hostile.document.plan.servers.find((s) => s.name === 'EX01')!.id;
    ydoc.transact(() => {
      types.records.servers.get(ex01)!.set('roles', 'Mailbox');
      types.records.servers.get(ex01)!.set('site', 'no-such-site');
      const fake = new Y.Map<unknown>();
      fake.set('id', 'ghost');
      fake.set('name', 42);
      types.records.servers.set('ghost', fake as never);
      types.head.set('format', 'something else');
      types.order.links.push(['missing-link']);
      ydoc.getMap('unrelated').set('x', 'y');
    });
    await eventually(() => honest.document.plan.format !== 'exchange-topology-plan' || honest.document.plan.servers.find((s) => s.id === ex01)!.roles.length === 0, 5000, 'the hostile write at the honest client');
    const result = parsePlan(serializePlan(honest.document.plan));
    expect(result.ok).toBe(true);
    expect(honest.document.plan.servers.some((s) => s.id === 'ghost')).toBe(false);
  });
});
