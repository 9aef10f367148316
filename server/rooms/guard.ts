// The room guard, a Hocuspocus extension: the Origin of every WebSocket, the token of every room
// connection (editor or viewer; a viewer's connection is read-only, so the server refuses its
// updates), the rate and size limits, and the append of every accepted update to the database
// before Hocuspocus applies and acknowledges it.
import * as Y from 'yjs';
import type {
  afterLoadDocumentPayload,
  afterUnloadDocumentPayload,
  beforeHandleAwarenessPayload,
  beforeHandleMessagePayload,
  beforeSyncPayload,
  Connection,
  Extension,
  onAuthenticatePayload,
  onAwarenessUpdatePayload,
  onChangePayload,
  onUpgradePayload,
} from '@hocuspocus/server';
import { readPresence } from '../../src/doc/presence.ts';
import { CLOSE_BAD_UPDATE, CLOSE_DOCUMENT_TOO_LARGE, CLOSE_RATE_LIMITED, TEAM_SOCKET_PATH } from '../../src/doc/teamProtocol.ts';
import type { Logger } from '../log.ts';
import type { RoomStore } from '../storage/roomStore.ts';
import { megabytes, RateLimit, type Limits } from './limits.ts';
import { hashSecret, looksLikeSecret, roomLabel, sameHash } from './secrets.ts';
import { refuseUpgrade, type OriginCheck } from '../http/origin.ts';

export interface RoomContext {
  roomHash: string;
  viewer: boolean;
  limit: RateLimit;
}

const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** Refusals the client is told about: the socket closes with this code and sentence. */
class Refusal extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
  }
}

export class RoomGuard implements Extension<RoomContext> {
  readonly extensionName = 'room-guard';
  readonly priority = 2000;
  /** Upper bound of each open room's document size: exact when loaded or stored, grown by updates. */
  private readonly sizes = new Map<string, number>();

  constructor(
    private readonly store: RoomStore,
    private readonly limits: Limits,
    private readonly origin: OriginCheck,
    private readonly log: Logger,
  ) {}

  async onUpgrade({ request, socket }: onUpgradePayload) {
    if ((request.url ?? '').split('?')[0] !== TEAM_SOCKET_PATH) {
      refuseUpgrade(socket, 404, `Rooms are at ${TEAM_SOCKET_PATH}.`);
      return Promise.reject();
    }
    if (this.origin.allows(request.headers.origin, request.headers.host)) return;
    this.log.warn('websocket refused: origin not allowed', { origin: String(request.headers.origin).slice(0, 200) });
    refuseUpgrade(socket, 403, 'This page may not connect to this team server (its address is not allowed).');
    // Rejecting with nothing stops Hocuspocus from upgrading without logging an error.
    return Promise.reject();
  }

  async onAuthenticate({ token, documentName, connectionConfig }: onAuthenticatePayload<RoomContext>): Promise<Partial<RoomContext>> {
    const refuse = (why: string) => {
      this.log.warn('room connection refused', { reason: why });
      return Promise.reject({ reason: 'This link does not open a room on this server: it is incomplete, or the room was removed.' });
    };
    if (!looksLikeSecret(documentName) || !looksLikeSecret(token)) return refuse('malformed room id or token');
    const roomHash = hashSecret(documentName);
    const access = await this.store.access(roomHash);
    if (!access) return refuse('no such room');
    const tokenHash = hashSecret(token);
    const viewer = sameHash(tokenHash, access.viewerHash);
    if (!viewer && !sameHash(tokenHash, access.editorHash)) return refuse('wrong token');
    connectionConfig.readOnly = viewer;
    this.log.info('room joined', { room: roomLabel(roomHash), role: viewer ? 'viewer' : 'editor' });
    return { roomHash, viewer, limit: new RateLimit(this.limits.messagesPerSecond, this.limits.messageBurst) };
  }

  async beforeHandleMessage({ context, connection }: beforeHandleMessagePayload<RoomContext>) {
    if (context.limit.take()) return;
    this.refuse(connection, context, new Refusal(CLOSE_RATE_LIMITED, `Too many messages (over ${this.limits.messagesPerSecond} a second); reconnecting shortly.`));
  }

  async beforeSync({ type, payload, connection, context, document, documentName }: beforeSyncPayload<RoomContext>) {
    if ((type !== SYNC_STEP_2 && type !== SYNC_UPDATE) || connection.readOnly || isEmptyUpdate(payload)) return;
    try {
      Y.decodeUpdate(payload);
    } catch {
      this.refuse(connection, context, new Refusal(CLOSE_BAD_UPDATE, 'The server could not read an update from this app.'));
    }
    const max = this.limits.maxDocumentBytes;
    let size = this.sizes.get(documentName) ?? 0;
    if (size + payload.byteLength > max) {
      size = Y.encodeStateAsUpdate(document).byteLength;
      this.sizes.set(documentName, size);
      if (size + payload.byteLength > max)
        this.refuse(connection, context, new Refusal(CLOSE_DOCUMENT_TOO_LARGE, `The plan would pass this room's size limit (${megabytes(max)}).`));
    }
    // Written before Hocuspocus applies it and acknowledges it to the client.
    await this.store.append(context.roomHash, payload);
  }

  async onChange({ documentName, update }: onChangePayload<RoomContext>) {
    this.sizes.set(documentName, (this.sizes.get(documentName) ?? 0) + update.byteLength);
  }

  async afterLoadDocument({ documentName, document }: afterLoadDocumentPayload<RoomContext>) {
    this.sizes.set(documentName, Y.encodeStateAsUpdate(document).byteLength);
  }

  async afterUnloadDocument({ documentName }: afterUnloadDocumentPayload) {
    this.sizes.delete(documentName);
  }

  /**
   * Notes which connection speaks for each person, so that person leaves when it closes. Hocuspocus
   * notes it only for someone it never saw before: a person back after a drop (their presence
   * "updated", not "added") would otherwise stay in the room for good once they left.
   */
  async onAwarenessUpdate({ document, connection, added, updated }: onAwarenessUpdatePayload<RoomContext>) {
    const entry = connection && document.connections.get(connection);
    if (!entry) return;
    for (const client of [...added, ...updated]) {
      if (entry.clients.has(client)) continue;
      for (const [other, e] of document.connections) if (other !== connection) e.clients.delete(client);
      entry.clients.add(client);
    }
  }

  /** A room was stored: its exact size is known again. */
  stored(documentName: string, bytes: number) {
    if (this.sizes.has(documentName)) this.sizes.set(documentName, bytes);
  }

  /** Presence from a client keeps only well-formed fields, and says whether that person only views. */
  async beforeHandleAwareness({ states, context, connection, document }: beforeHandleAwarenessPayload<RoomContext>) {
    // A message still queued when its connection closed (it waited behind an update being stored)
    // would bring back a person the close just removed, for good: it is dropped.
    if (connection && !document.connections.has(connection)) return states.clear();
    for (const [client, state] of states) {
      const presence = readPresence(state);
      if (!presence) states.delete(client);
      else states.set(client, { ...presence, viewer: context?.viewer ?? false });
    }
  }

  private refuse(connection: Connection<RoomContext>, context: RoomContext, refusal: Refusal): never {
    this.log.warn('connection closed: limit', { room: roomLabel(context.roomHash), code: refusal.code, reason: refusal.reason });
    connection.webSocket.close(refusal.code, refusal.reason);
    throw refusal;
  }
}

/** An update that changes nothing (what a client in step sends on connecting). */
const isEmptyUpdate = (update: Uint8Array) => update.byteLength <= 2 && update.every((b) => b === 0);
