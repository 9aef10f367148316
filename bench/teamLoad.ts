// The team server under load, from clients in this process (the app's own TeamConnection over
// `ws`): one room with many people editing at once (propagation time from one person's edit to
// every other person, and whether any edit is lost), and many small rooms (the server's memory).
import WebSocket from 'ws';
import * as Y from 'yjs';
import { planTypes, PlanDocument } from '../src/doc/index.ts';
import { TeamConnection } from '../src/doc/teamConnection.ts';
import { TEAM_ROOMS_PATH, type CreatedRoom } from '../src/doc/teamProtocol.ts';
import { setPositions, type Plan } from '../src/model/index.ts';
import { percentile } from './report.ts';
import { syntheticPlan } from './synthetic.ts';

/** Wall-clock milliseconds with sub-millisecond resolution, comparable across processes. */
const now = () => performance.timeOrigin + performance.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export interface Client {
  doc: Y.Doc;
  connection: TeamConnection;
}

export async function createRoom(server: string, plan: Plan): Promise<CreatedRoom & { state: Uint8Array }> {
  const state = Y.encodeStateAsUpdate(PlanDocument.fromPlan(plan).doc);
  const response = await fetch(`${server}${TEAM_ROOMS_PATH}`, { method: 'POST', body: new Uint8Array(state) });
  if (response.status !== 201) throw new Error(`room not created: ${response.status} ${await response.text()}`);
  return { ...((await response.json()) as CreatedRoom), state };
}

/** Every client still open, so that a run cut short (its time limit, an error) closes them all. */
const open = new Set<Client>();
let aborted = false;

/** Ends the load at once: every client closed, every wait and edit loop stops. */
export function abortLoad() {
  aborted = true;
  closeAll();
}

export function closeAll() {
  for (const c of open) c.connection.destroy();
  open.clear();
}

export function connect(server: string, room: string, token: string, name: string, state?: Uint8Array): Client {
  if (aborted) throw new Error('the team load was stopped');
  const doc = new Y.Doc();
  if (state) Y.applyUpdate(doc, state);
  const connection = new TeamConnection({ server, room, token, doc, WebSocketPolyfill: WebSocket, presence: { user: { name, color: '#1864ab' } } });
  const client = { doc, connection };
  open.add(client);
  return client;
}

export async function whenLive(clients: readonly Client[], timeoutMs = 60_000) {
  const end = Date.now() + timeoutMs;
  while (clients.some((c) => c.connection.current.status !== 'live')) {
    if (aborted) throw new Error('the team load was stopped');
    if (Date.now() > end) throw new Error(`${clients.filter((c) => c.connection.current.status !== 'live').length} clients not live`);
    await sleep(50);
  }
}

export interface RoomLoadResult {
  clients: number;
  edits: number;
  deliveries: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  lost: number;
}

/**
 * `count` people in one room for `seconds`: each moves a server of their own about once a second
 * (staggered) and moves their pointer every 2 s. Every other person's document notes when each
 * move arrives; at the end every document must hold each person's last move.
 */
export async function oneRoomLoad(servers: readonly string[], count: number, seconds: number): Promise<RoomLoadResult> {
  const plan = roomPlan(count);
  const { room, editorToken, state } = await createRoom(servers[0]!, plan);
  const owned = plan.servers.slice(0, count).map((s) => s.id);
  const clients = Array.from({ length: count }, (_, i) => connect(servers[i % servers.length]!, room, editorToken, `Person ${i}`, i === 0 ? state : undefined));
  await whenLive(clients);
  const sent = new Map<string, number>();
  const latencies: number[] = [];
  for (const client of clients) {
    const layout = planTypes(client.doc).layout;
    layout.observeDeep((events, tr) => {
      if (tr.local) return;
      const at = now();
      for (const e of events) {
        const id = e.path[0];
        if (typeof id !== 'string') continue;
        const x = (layout.get(id) as Y.Map<number> | undefined)?.get('x');
        const t = sent.get(`${id}:${x}`);
        if (t !== undefined) latencies.push(at - t);
      }
    });
  }
  const last = new Map<string, number>();
  const end = Date.now() + seconds * 1000;
  await Promise.all(
    clients.map(async (client, i) => {
      await sleep((i * 1000) / count);
      const entry = planTypes(client.doc).layout.get(owned[i]!) as Y.Map<number>;
      for (let seq = 1; Date.now() < end && !aborted; seq++) {
        const x = 10_000 + seq * 8;
        sent.set(`${owned[i]}:${x}`, now());
        client.doc.transact(() => entry.set('x', x));
        last.set(owned[i]!, x);
        if (seq % 2 === 0) client.connection.setPresence({ pointer: { x: seq, y: i } });
        await sleep(1000);
      }
    }),
  );
  if (aborted) throw new Error('the team load was stopped');
  // Quiet: every edit acknowledged, then a moment for the last broadcasts.
  await Promise.all(clients.map((c) => c.connection.whenSaved(30_000)));
  await sleep(1500);
  let lost = 0;
  for (const client of clients) {
    const layout = planTypes(client.doc).layout;
    for (const [id, x] of last) if ((layout.get(id) as Y.Map<number> | undefined)?.get('x') !== x) lost++;
  }
  closeAll();
  latencies.sort((a, b) => a - b);
  return {
    clients: count,
    edits: sent.size,
    deliveries: latencies.length,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies[latencies.length - 1] ?? NaN,
    lost,
  };
}

/** `rooms` rooms of `perRoom` people, each making a few edits; resolves once all are stored and idle. */
export async function manyRooms(servers: readonly string[], rooms: number, perRoom: number): Promise<Client[]> {
  const plan = roomPlan(40);
  const clients: Client[] = [];
  for (let r = 0; r < rooms; r++) {
    const { room, editorToken, state } = await createRoom(servers[r % servers.length]!, { ...plan, name: `Room ${r}` });
    for (let p = 0; p < perRoom; p++) clients.push(connect(servers[(r + p) % servers.length]!, room, editorToken, `R${r}P${p}`, p === 0 ? state : undefined));
  }
  await whenLive(clients, 120_000);
  for (const [i, client] of clients.entries()) {
    const layout = planTypes(client.doc).layout;
    const id = [...layout.keys()][i % layout.size]!;
    client.doc.transact(() => (layout.get(id) as Y.Map<number>).set('y', 5000 + i));
  }
  await Promise.all(clients.map((c) => c.connection.whenSaved(60_000)));
  return clients;
}

/** A plan with a server for each person (and some more), each at a position of its own. */
function roomPlan(people: number): Plan {
  const plan = syntheticPlan(Math.max(40, people + 10), 3);
  const positions: Record<string, { x: number; y: number }> = {};
  plan.servers.slice(0, people).forEach((s, i) => (positions[s.id] = { x: 10_000, y: i * 120 }));
  return setPositions(plan, positions);
}
