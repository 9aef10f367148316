// One team server instance: Hocuspocus (rooms over WebSocket on /rooms) and the HTTP routes (the
// app, health, room creation) on one port; rooms stored in the embedded database or PostgreSQL;
// with Redis, instances behind one load balancer serve the same rooms.
import { readFileSync } from 'node:fs';
import { Database } from '@hocuspocus/extension-database';
import { Redis as RedisExtension } from '@hocuspocus/extension-redis';
import { Server, type Extension } from '@hocuspocus/server';
import IORedis from 'ioredis';
import type { Logger } from './log.ts';
import { OriginCheck } from './http/origin.ts';
import { createRoutes } from './http/routes.ts';
import { RoomGuard } from './rooms/guard.ts';
import type { Limits } from './rooms/limits.ts';
import { hashSecret, roomLabel } from './rooms/secrets.ts';
import { openEmbedded } from './storage/embedded.ts';
import { openPostgres } from './storage/postgres.ts';
import { RoomStore } from './storage/roomStore.ts';
import { migrate, type SqlDatabase } from './storage/sql.ts';

export interface TeamServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
  /** The embedded database's folder (when no databaseUrl). */
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** The built app; undefined serves no app (API and rooms only). */
  staticDir?: string;
  allowedOrigins: string[];
  limits: Limits;
  log: Logger;
  /** Names this instance in logs and in Redis. */
  instance: string;
}

export interface RunningTeamServer {
  port: number;
  url: string;
  close(): Promise<void>;
}

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

export async function startTeamServer(options: TeamServerOptions): Promise<RunningTeamServer> {
  const { log, limits } = options;
  const db: SqlDatabase = options.databaseUrl
    ? await openPostgres(options.databaseUrl, (e) => log.error('database connection lost', { error: e.message }))
    : await openEmbedded(options.dataDir);
  await migrate(db);
  const store = new RoomStore(db, (roomHash, error) => log.error('stored update unreadable, left out', { room: roomLabel(roomHash), error: String(error) }));
  const origin = new OriginCheck(options.allowedOrigins);
  const guard = new RoomGuard(store, limits, origin, log);
  const redis = options.redisUrl ? redisExtension(options.redisUrl, options.instance, log) : undefined;
  const database = new Database({
    fetch: async ({ documentName }) => (await store.load(hashSecret(documentName))) ?? null,
    store: async ({ documentName, state }) => {
      const bytes = await store.store(hashSecret(documentName), state);
      guard.stored(documentName, bytes);
      log.debug('room stored', { room: roomLabel(hashSecret(documentName)), bytes });
    },
  });
  const extensions: Extension[] = [guard, ...(redis ? [redis] : []), database];
  let server: Server | undefined = undefined;
  const routes = createRoutes({
    store,
    limits,
    origin,
    log,
    staticDir: options.staticDir,
    version: VERSION,
    hocuspocus: () => server!.hocuspocus,
    redisHealthy: () => (redis ? redis.pub.ping().then((r) => r === 'PONG') : undefined),
  });
  server = new Server({
    name: options.instance,
    address: options.host,
    port: options.port,
    quiet: true,
    stopOnSignals: false,
    // Stored at most 2 s after an edit (10 s under constant editing); every update is in the
    // database before it is acknowledged anyway (RoomGuard.beforeSync).
    debounce: 2000,
    maxDebounce: 10_000,
    websocketOptions: { maxPayload: limits.maxMessageBytes },
    extensions,
    async onRequest({ request, response }) {
      await routes(request, response);
      // Answered: rejecting with nothing keeps Hocuspocus from adding its own response.
      return Promise.reject();
    },
  });
  await server.listen();
  const port = server.address.port;
  log.info('team server listening', {
    url: `http://${options.host}:${port}`,
    storage: db.kind,
    redis: redis ? 'on' : 'off',
    app: options.staticDir ? 'served' : 'not served',
  });
  let closing: Promise<void> | undefined;
  return {
    port,
    url: `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`,
    close: () =>
      (closing ??= (async () => {
        await server!.destroy();
        await db.close();
        log.info('team server stopped', {});
      })()),
  };
}

function redisExtension(url: string, instance: string, log: Logger) {
  let lastError = '';
  const createClient = () => {
    const client = new IORedis(url, { maxRetriesPerRequest: 3, lazyConnect: false });
    // A lost Redis is retried by ioredis; say so once per distinct error rather than per attempt.
    client.on('error', (e: Error) => {
      if (e.message !== lastError) log.error('redis connection error', { error: e.message });
      lastError = e.message;
    });
    client.on('ready', () => (lastError = ''));
    return client;
  };
  return new RedisExtension({ createClient, identifier: `${instance}-${process.pid}`, prefix: 'etd-team' });
}
