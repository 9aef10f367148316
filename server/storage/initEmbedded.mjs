// Creates an embedded (PGlite) database folder and exits: run as a child process by embedded.ts,
// so the memory initdb takes is returned to the system when it ends.
import { PGlite } from '@electric-sql/pglite';

const db = new PGlite(process.argv[2], { postgresqlconf: ['shared_buffers = 16MB'] });
await db.waitReady;
await db.close();
