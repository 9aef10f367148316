// A fresh embedded database folder for a test, copied from one initialised once per machine:
// creating a PGlite database (initdb) takes seconds, copying its 40 MB takes a fraction of one.
import { cpSync, existsSync, mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEmbedded } from '../storage/embedded.ts';

const PGLITE_VERSION = (JSON.parse(readFileSync(new URL('../../node_modules/@electric-sql/pglite/package.json', import.meta.url), 'utf8')) as { version: string }).version;
const TEMPLATE = join(tmpdir(), `etd-team-pglite-template-${PGLITE_VERSION}`);

export async function freshDataDir(): Promise<string> {
  if (!existsSync(join(TEMPLATE, 'PG_VERSION'))) {
    const building = mkdtempSync(join(tmpdir(), 'etd-team-template-'));
    const db = await openEmbedded(building);
    await db.close();
    try {
      renameSync(building, TEMPLATE);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another test file made it first
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'etd-team-test-'));
  cpSync(TEMPLATE, dir, { recursive: true });
  return dir;
}
