import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PlanDocument } from '../src/doc/index.ts';
import { socketUrl, TEAM_ROOMS_PATH } from '../src/doc/teamProtocol.ts';
import { addServer, type Plan } from '../src/model/index.ts';
import { templateById } from '../src/templates/index.ts';
import { clientPool, createRoom, eventually } from './testing/clients.ts';
import { startTestServer, type TestServer } from './testing/inProcess.ts';

const figure1 = () => templateById('figure-1')!.plan;
const withServers = (plan: Plan, count: number, prefix = 'BULK') => {
  let next = plan;
  for (let i = 0; i < count; i++) next = addServer(next, { id: `${prefix.toLowerCase()}-${i}`, name: `${prefix}${i}`, roles: ['Mailbox'] });
  return next;
};

let server: TestServer;
const { join, closeAll } = clientPool();

beforeAll(async () => {
  server = await startTestServer({
    allowedOrigins: ['http://designer.example'],
    limits: { maxMessageBytes: 48 * 1024, maxDocumentBytes: 96 * 1024, messagesPerSecond: 5, messageBurst: 10, roomsPerMinute: 8 },
  });
}, 120_000);

afterAll(async () => {
  closeAll();
  await server?.stop();
});

const post = (body: Uint8Array, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${TEAM_ROOMS_PATH}`, { method: 'POST', body: new Uint8Array(body), headers: { 'Content-Type': 'application/octet-stream', ...headers } });

describe('limits, each with a message the person can act on', { timeout: 30_000 }, () => {
  it('closes a connection that sends too many messages, which then reconnects with its edits', async () => {
    const { room, editorToken, doc } = await createRoom(server.url, figure1());
    const eager = join(server.url, room, editorToken, { from: doc });
    const other = join(server.url, room, editorToken);
    await Promise.all([eager, other].map((c) => c.until((s) => s.status === 'live')));
    const seen: string[] = [];
    eager.connection.onState((s) => s.problem && seen.push(s.problem));
    const ex01 = eager.document.plan.servers.find((s) => s.name === 'EX01')!.id;
    for (let i = 0; i < 30; i++) eager.document.apply({ ...eager.document.plan, layout: { ...eager.document.plan.layout, [ex01]: { x: i * 8, y: 0 } } });
    await eager.until((s) => s.status === 'reconnecting');
    expect(seen.join()).toMatch(/Too many messages \(over 5 a second\)/);
    // Nothing is lost: on reconnecting, its document syncs the last position in one message.
    await eventually(() => other.document.plan.layout?.[ex01]?.x === 29 * 8, 15_000, 'the last move at the other client');
  });

  it('refuses an edit that would make the plan larger than a room may hold, and says so', async () => {
    const { room, editorToken, doc } = await createRoom(server.url, figure1());
    const client = join(server.url, room, editorToken, { from: doc });
    await client.until((s) => s.status === 'live');
    // Thirty servers at a time: each edit is one message under the message limit.
    let state = client.connection.current;
    for (let round = 0; round < 20 && state.status !== 'refused'; round++) {
      client.document.apply(withServers(client.document.plan, 30, `R${round}X`));
      state = await client.until((s) => s.status === 'refused' || s.unsynced === 0);
    }
    expect(state.status).toBe('refused');
    expect(state.problem).toMatch(/The plan would pass this room's size limit \(0\.1 MB\)\..*undo/);
    // What the room holds stayed under the limit and opens for others.
    const late = join(server.url, room, editorToken);
    await late.until((s) => s.status === 'live');
    expect(Y.encodeStateAsUpdate(late.connection.doc).byteLength).toBeLessThanOrEqual(96 * 1024);
  });

  it('closes a connection whose message is larger than the server takes', async () => {
    const { room, editorToken, doc } = await createRoom(server.url, figure1());
    const client = join(server.url, room, editorToken, { from: doc });
    await client.until((s) => s.status === 'live');
    client.document.apply(withServers(client.document.plan, 250));
    const state = await client.until((s) => s.status === 'refused');
    expect(state.problem).toMatch(/An edit was larger than the server accepts in one message/);
  });

  it('refuses room creation: not a plan, too large, too often, or from a page it does not allow', async () => {
    const bad = await post(new Uint8Array([1, 2, 3, 4, 5]));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/not a plan document|holds no plan/);
    const empty = await post(Y.encodeStateAsUpdate(new Y.Doc()));
    expect(empty.status).toBe(400);
    const huge = await post(Y.encodeStateAsUpdate(PlanDocument.fromPlan(withServers(figure1(), 400)).doc));
    expect(huge.status).toBe(413);
    expect(((await huge.json()) as { error: string }).error).toMatch(/larger than a room may hold \(0\.1 MB\)/);
    const plan = Y.encodeStateAsUpdate(PlanDocument.fromPlan(figure1()).doc);
    const foreign = await post(plan, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const listed = await post(plan, { Origin: 'http://designer.example' });
    expect(listed.status).toBe(201);
    expect(listed.headers.get('access-control-allow-origin')).toBe('http://designer.example');
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await post(plan)).status);
    expect(statuses).toContain(429);
  });

  it('refuses a WebSocket from a page whose Origin it does not allow', async () => {
    const attempt = (origin: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(socketUrl(server.url), { origin });
        ws.on('open', () => {
          ws.close();
          resolve(101);
        });
        ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
        ws.on('error', () => resolve(-1));
      });
    expect(await attempt('http://evil.example')).toBe(403);
    expect(await attempt('http://designer.example')).toBe(101);
    expect(await attempt(server.url)).toBe(101);
  });
});
