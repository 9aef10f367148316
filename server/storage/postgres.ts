// PostgreSQL through node-postgres (DATABASE_URL=postgres://…): what several instances share.
import pg from 'pg';
import type { SqlDatabase, SqlRunner } from './sql.ts';

export async function openPostgres(url: string, onError: (error: Error) => void): Promise<SqlDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 8, connectionTimeoutMillis: 10_000 });
  // An idle client that loses its server must not take the process down; the next query reconnects.
  pool.on('error', onError);
  const runner = (q: pg.Pool | pg.PoolClient): SqlRunner => ({
    query: async <Row>(text: string, params: readonly unknown[] = []) =>
      (await q.query(text, [...params])).rows as Row[],
  });
  await pool.query('SELECT 1');
  return {
    kind: 'postgres',
    ...runner(pool),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work(runner(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
