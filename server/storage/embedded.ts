// The default database: PGlite, PostgreSQL compiled to WebAssembly and shipped inside its npm
// package (no binary is downloaded at install time, nothing to set up), with its files in --data.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { SqlDatabase, SqlRunner } from './sql.ts';

// A small server: PostgreSQL's default 128 MB of shared buffers would be most of its memory.
const SETTINGS = ['shared_buffers = 16MB', 'work_mem = 4MB'];
const INIT_SCRIPT = fileURLToPath(new URL('./initEmbedded.mjs', import.meta.url));

export async function openEmbedded(dataDir: string): Promise<SqlDatabase> {
  mkdirSync(dataDir, { recursive: true });
  // PGlite keeps the memory of initdb (about 700 MB) for the life of the process that ran it:
  // a new folder is initialised by a short-lived child process instead.
  if (!existsSync(join(dataDir, 'PG_VERSION'))) await initInChild(dataDir);
  const db = new PGlite(dataDir, { postgresqlconf: SETTINGS });
  await db.waitReady;
  const runner = (q: Pick<PGlite, 'query'>): SqlRunner => ({
    query: async <Row>(text: string, params: readonly unknown[] = []) => (await q.query<Row>(text, [...params])).rows,
  });
  return {
    kind: 'embedded',
    ...runner(db),
    transaction: (work) => db.transaction((tx) => work(runner(tx))),
    close: () => db.close(),
  };
}

function initInChild(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [INIT_SCRIPT, dataDir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`could not create the embedded database in ${dataDir}: ${stderr.trim() || `exit ${code}`}`)),
    );
  });
}
