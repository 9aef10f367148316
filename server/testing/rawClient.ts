// A hostile client for tests: the Hocuspocus wire protocol spoken by hand over `ws` (no provider,
// so nothing in the app's code decides what is sent), to check what the server itself refuses.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { socketUrl } from '../../src/doc/teamProtocol.ts';

// Hocuspocus message types (its MessageType enum) and sync steps (y-protocols/sync).
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const SYNC_STATUS = 8;
const AUTH_TOKEN = 0;
const AUTH_DENIED = 1;
export const STEP_2 = 1;
export const UPDATE = 2;

export interface RawClient {
  /** 'readonly' or 'read-write' once the server accepted the token; the denial reason otherwise. */
  authenticated: Promise<{ ok: boolean; scope: string }>;
  /** Sends a Yjs sync message (STEP_2 or UPDATE) carrying `update`. */
  sendSync(step: number, update: Uint8Array): void;
  /** Sends an encoded awareness update. */
  sendAwareness(update: Uint8Array): void;
  /** Sync statuses the server answered (true: applied, false: refused). */
  statuses: boolean[];
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

export function rawClient(server: string, room: string, token: string): RawClient {
  const ws = new WebSocket(socketUrl(server));
  const statuses: boolean[] = [];
  const send = (write: (e: encoding.Encoder) => void) => {
    const e = encoding.createEncoder();
    encoding.writeVarString(e, room);
    write(e);
    ws.send(encoding.toUint8Array(e));
  };
  const authenticated = new Promise<{ ok: boolean; scope: string }>((resolve, reject) => {
    ws.on('error', reject);
    ws.on('open', () =>
      send((e) => {
        encoding.writeVarUint(e, AUTH);
        encoding.writeVarUint(e, AUTH_TOKEN);
        encoding.writeVarString(e, token);
      }),
    );
    ws.on('message', (data: Buffer) => {
      const d = decoding.createDecoder(new Uint8Array(data));
      decoding.readVarString(d);
      const type = decoding.readVarUint(d);
      if (type === SYNC_STATUS) statuses.push(decoding.readVarUint(d) === 1);
      if (type !== AUTH) return;
      const kind = decoding.readVarUint(d);
      resolve({ ok: kind !== AUTH_DENIED, scope: decoding.readVarString(d) });
    });
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return {
    authenticated,
    statuses,
    closed,
    sendSync: (step, update) =>
      send((e) => {
        encoding.writeVarUint(e, SYNC);
        encoding.writeVarUint(e, step);
        encoding.writeVarUint8Array(e, update);
      }),
    sendAwareness: (update) =>
      send((e) => {
        encoding.writeVarUint(e, AWARENESS);
        encoding.writeVarUint8Array(e, update);
      }),
    close: () => ws.close(),
  };
}
