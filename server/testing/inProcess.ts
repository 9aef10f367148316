// A team server in this process on a free loopback port, with its embedded database in a
// temporary folder: for tests that look at rooms from clients' side.
import { rmSync } from 'node:fs';
import { createLogger, type Fields, type Level } from '../log.ts';
import { DEFAULT_LIMITS, type Limits } from '../rooms/limits.ts';
import { startTeamServer, type RunningTeamServer } from '../start.ts';
import { freshDataDir } from './dataDir.ts';

export interface TestServer extends RunningTeamServer {
  /** Every log entry so far. */
  logs: (Fields & { level: Level; msg: string })[];
  /** Every log line as written. */
  lines: string[];
  dataDir: string;
  /** Stops the server and removes its data (unless `keepData`). */
  stop(options?: { keepData?: boolean }): Promise<void>;
}

export async function startTestServer(
  options: { limits?: Partial<Limits>; allowedOrigins?: string[]; dataDir?: string; staticDir?: string } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await freshDataDir());
  const lines: string[] = [];
  const logs: TestServer['logs'] = [];
  const log = createLogger({
    level: 'debug',
    write: (line) => {
      lines.push(line);
      logs.push(JSON.parse(line));
    },
  });
  const server = await startTeamServer({
    host: '127.0.0.1',
    port: 0,
    dataDir,
    staticDir: options.staticDir,
    allowedOrigins: options.allowedOrigins ?? [],
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    log,
    instance: 'test',
  });
  return {
    ...server,
    logs,
    lines,
    dataDir,
    stop: async ({ keepData = false } = {}) => {
      await server.close();
      if (!keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
