// The few things the room store asks of a SQL database, so the embedded PGlite and a PostgreSQL
// server run the same statements: both speak PostgreSQL's dialect and its bytea.

export interface SqlRunner {
  query<Row>(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

export interface SqlDatabase extends SqlRunner {
  /** Runs `work` in one transaction (BEGIN … COMMIT, ROLLBACK when it throws). */
  transaction<T>(work: (tx: SqlRunner) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** "embedded" or "postgres", for the health endpoint and the logs. */
  readonly kind: 'embedded' | 'postgres';
}

/** Schema version 1; a later version adds statements after these, never edits them. */
export const SCHEMA = [
  `CREATE TABLE IF NOT EXISTS team_rooms (
     room_hash text PRIMARY KEY,
     editor_hash text NOT NULL,
     viewer_hash text NOT NULL,
     state bytea NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now(),
     updated_at timestamptz NOT NULL DEFAULT now()
   )`,
  // Every update a client sent, written before the server acknowledges it; folded into
  // team_rooms.state (and deleted) when the room is stored.
  `CREATE TABLE IF NOT EXISTS team_room_updates (
     seq bigserial PRIMARY KEY,
     room_hash text NOT NULL REFERENCES team_rooms(room_hash) ON DELETE CASCADE,
     body bytea NOT NULL,
     created_at timestamptz NOT NULL DEFAULT now()
   )`,
  `CREATE INDEX IF NOT EXISTS team_room_updates_room ON team_room_updates (room_hash, seq)`,
];

/** Creates the tables once; instances starting together on one PostgreSQL take turns. */
export async function migrate(db: SqlDatabase): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(7391200013)`);
    for (const statement of SCHEMA) await tx.query(statement);
  });
}
