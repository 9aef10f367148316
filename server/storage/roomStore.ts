// Rooms in the database: who may open them (hashes of the room id and of its two tokens) and the
// document. Every update a client sends is appended before the server acknowledges it, so an
// acknowledged edit survives the instance that received it; storing a room folds those updates
// into its state and deletes them.
import * as Y from 'yjs';
import type { SqlDatabase } from './sql.ts';

export interface RoomAccess {
  editorHash: string;
  viewerHash: string;
}

export class RoomStore {
  constructor(
    readonly db: SqlDatabase,
    private readonly onBadUpdate: (roomHash: string, error: unknown) => void = () => {},
  ) {}

  async create(roomHash: string, access: RoomAccess, state: Uint8Array): Promise<void> {
    await this.db.query(
      'INSERT INTO team_rooms (room_hash, editor_hash, viewer_hash, state) VALUES ($1, $2, $3, $4)',
      [roomHash, access.editorHash, access.viewerHash, Buffer.from(state)],
    );
  }

  async access(roomHash: string): Promise<RoomAccess | undefined> {
    const rows = await this.db.query<{ editor_hash: string; viewer_hash: string }>(
      'SELECT editor_hash, viewer_hash FROM team_rooms WHERE room_hash = $1',
      [roomHash],
    );
    const row = rows[0];
    return row && { editorHash: row.editor_hash, viewerHash: row.viewer_hash };
  }

  /** The room's document: its stored state with every update appended since. */
  async load(roomHash: string): Promise<Uint8Array | undefined> {
    const rooms = await this.db.query<{ state: Uint8Array }>('SELECT state FROM team_rooms WHERE room_hash = $1', [roomHash]);
    if (!rooms[0]) return undefined;
    const updates = await this.db.query<{ body: Uint8Array }>(
      'SELECT body FROM team_room_updates WHERE room_hash = $1 ORDER BY seq',
      [roomHash],
    );
    return this.merge(roomHash, [rooms[0].state, ...updates.map((u) => u.body)]);
  }

  /** Writes an update a client sent (before the server applies and acknowledges it). */
  async append(roomHash: string, update: Uint8Array): Promise<void> {
    await this.db.query('INSERT INTO team_room_updates (room_hash, body) VALUES ($1, $2)', [roomHash, Buffer.from(update)]);
  }

  /**
   * Stores `state` (the document as one instance holds it) merged with what is stored, and drops
   * the appended updates it read: another instance's updates are kept even when this one has not
   * received them yet. Returns the size of the stored state.
   */
  async store(roomHash: string, state: Uint8Array): Promise<number> {
    return this.db.transaction(async (tx) => {
      const rooms = await tx.query<{ state: Uint8Array }>('SELECT state FROM team_rooms WHERE room_hash = $1 FOR UPDATE', [roomHash]);
      if (!rooms[0]) return 0;
      const updates = await tx.query<{ seq: string; body: Uint8Array }>(
        'SELECT seq, body FROM team_room_updates WHERE room_hash = $1 ORDER BY seq',
        [roomHash],
      );
      const merged = this.merge(roomHash, [rooms[0].state, ...updates.map((u) => u.body), state]);
      await tx.query('UPDATE team_rooms SET state = $2, updated_at = now() WHERE room_hash = $1', [roomHash, Buffer.from(merged)]);
      if (updates.length > 0)
        await tx.query('DELETE FROM team_room_updates WHERE seq = ANY($1::bigint[])', [updates.map((u) => u.seq)]);
      return merged.byteLength;
    });
  }

  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  /** One state from several; an update that cannot be read is reported and left out. */
  private merge(roomHash: string, parts: readonly Uint8Array[]): Uint8Array {
    const doc = new Y.Doc();
    try {
      for (const part of parts) {
        try {
          Y.applyUpdate(doc, part);
        } catch (error) {
          this.onBadUpdate(roomHash, error);
        }
      }
      return Y.encodeStateAsUpdate(doc);
    } finally {
      doc.destroy();
    }
  }
}
