// Test and bench clients of a team server in Node: a plan document with the app's own provider
// wiring (TeamConnection) over the `ws` package, and room creation as the app does it.
import WebSocket from 'ws';
import * as Y from 'yjs';
import { PlanDocument } from '../../src/doc/index.ts';
import { TeamConnection, type TeamState } from '../../src/doc/teamConnection.ts';
import { TEAM_ROOMS_PATH, type CreatedRoom } from '../../src/doc/teamProtocol.ts';
import type { Plan } from '../../src/model/index.ts';

export interface TestClient {
  document: PlanDocument;
  connection: TeamConnection;
  /** Resolves with the state once `test` holds (rejects after `timeoutMs`). */
  until(test: (state: TeamState) => boolean, timeoutMs?: number): Promise<TeamState>;
  /** The local port of its WebSocket (to ask a load balancer where it went). */
  socketPort(): number | undefined;
  close(): void;
}

/** POST /api/rooms with a document holding `plan`, as "Share with team" does. */
export async function createRoom(server: string, plan: Plan, headers: Record<string, string> = {}): Promise<CreatedRoom & { doc: Y.Doc }> {
  const doc = PlanDocument.fromPlan(plan).doc;
  const response = await fetch(`${server}${TEAM_ROOMS_PATH}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', ...headers },
    body: new Uint8Array(Y.encodeStateAsUpdate(doc)),
  });
  if (response.status !== 201) throw new Error(`room not created: ${response.status} ${await response.text()}`);
  return { ...((await response.json()) as CreatedRoom), doc };
}

/** A person in a room: their own document (empty, or a copy of `from`), connected with `token`. */
export function joinRoom(server: string, room: string, token: string, options: { from?: Y.Doc; name?: string } = {}): TestClient {
  const doc = new Y.Doc();
  if (options.from) Y.applyUpdate(doc, Y.encodeStateAsUpdate(options.from));
  const document = new PlanDocument(doc);
  let closed = false;
  const connection = new TeamConnection({
    server,
    room,
    token,
    doc,
    WebSocketPolyfill: WebSocket,
    presence: { user: { name: options.name ?? 'Tester', color: '#1864ab' } },
  });
  return {
    document,
    connection,
    until: (test, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        if (test(connection.current)) return resolve(connection.current);
        const timer = setTimeout(() => {
          off();
          reject(new Error(`timed out in state ${JSON.stringify(connection.current)}`));
        }, timeoutMs);
        const off = connection.onState((state) => {
          if (!test(state)) return;
          clearTimeout(timer);
          off();
          resolve(state);
        });
      }),
    socketPort: () => (connection.provider.configuration.websocketProvider.webSocket as unknown as { _socket?: { localPort?: number } } | null)?._socket?.localPort,
    close: () => {
      if (closed) return;
      closed = true;
      connection.destroy();
      document.destroy();
    },
  };
}

/** Waits until `check` is true, polling (for convergence across clients). */
export async function eventually(check: () => boolean, timeoutMs = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Clients a test file joins, all closed at its end (`closeAll` in afterAll). */
export function clientPool() {
  const clients: TestClient[] = [];
  return {
    join: (...args: Parameters<typeof joinRoom>) => {
      const client = joinRoom(...args);
      clients.push(client);
      return client;
    },
    closeAll: () => {
      for (const c of clients.splice(0)) c.close();
    },
  };
}
