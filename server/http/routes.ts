// Everything the team server answers over plain HTTP: the health check, what it is (and its
// limits), room creation, and the built app. Every response carries the security headers.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Hocuspocus } from '@hocuspocus/server';
import { TEAM_INFO_PATH, TEAM_ROOMS_PATH, type TeamServerInfo } from '../../src/doc/teamProtocol.ts';
import type { Logger } from '../log.ts';
import { createRoom } from '../rooms/createRoom.ts';
import { megabytes, WindowCounter, type Limits } from '../rooms/limits.ts';
import { roomLabel } from '../rooms/secrets.ts';
import type { RoomStore } from '../storage/roomStore.ts';
import type { OriginCheck } from './origin.ts';
// The same headers as every server of the app; CSP 'self' admits this origin's ws:/wss: for /rooms.
import { SECURITY_HEADERS } from '../../src/security/headers.ts';
import { serveStatic } from './static.ts';

export interface RouteContext {
  store: RoomStore;
  limits: Limits;
  origin: OriginCheck;
  log: Logger;
  staticDir: string | undefined;
  version: string;
  hocuspocus: () => Hocuspocus;
  /** Whether Redis answers (undefined: not configured). */
  redisHealthy: () => Promise<boolean> | undefined;
}

export function createRoutes(ctx: RouteContext) {
  const creations = new WindowCounter(ctx.limits.roomsPerMinute, 60_000);

  const json = (res: ServerResponse, status: number, body: unknown, extra: Record<string, string> = {}) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...extra });
    res.end(text);
  };

  async function health(res: ServerResponse) {
    const storage = await ctx.store.ping().then(() => 'ok', () => 'error');
    const redisCheck = ctx.redisHealthy();
    const redis = redisCheck === undefined ? 'off' : (await redisCheck.catch(() => false)) ? 'ok' : 'error';
    const ok = storage === 'ok' && redis !== 'error';
    const h = ctx.hocuspocus();
    json(res, ok ? 200 : 503, {
      status: ok ? 'ok' : 'error',
      storage: `${ctx.store.db.kind}:${storage}`,
      redis,
      rooms: h.getDocumentsCount(),
      connections: h.getConnectionsCount(),
      uptimeSeconds: Math.round(process.uptime()),
      memoryBytes: process.memoryUsage().rss,
    });
  }

  async function create(req: IncomingMessage, res: ServerResponse, cors: Record<string, string>) {
    if (!creations.take(req.socket.remoteAddress ?? '')) {
      ctx.log.warn('room creation refused: rate', {});
      return json(res, 429, { error: `Too many rooms created from this address; try again in a minute (limit ${ctx.limits.roomsPerMinute} a minute).` }, cors);
    }
    const body = await readBody(req, ctx.limits.maxDocumentBytes);
    if (body === 'too-large')
      return json(res, 413, { error: `This plan is larger than a room may hold (${megabytes(ctx.limits.maxDocumentBytes)}).` }, { ...cors, Connection: 'close' });
    const result = await createRoom(ctx.store, body, ctx.limits);
    if (!result.ok) {
      ctx.log.warn('room creation refused', { status: result.status, reason: result.error });
      return json(res, result.status, { error: result.error }, cors);
    }
    ctx.log.info('room created', { room: roomLabel(result.roomHash), bytes: body.byteLength });
    json(res, 201, result.created, cors);
  }

  return async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    const path = (req.url ?? '/').split('?')[0]!;
    res.on('finish', () =>
      ctx.log.debug('http', { method: req.method, path: path.slice(0, 200), status: res.statusCode, ms: Math.round(performance.now() - started) }),
    );
    try {
      const origin = req.headers.origin;
      if (path === '/healthz') return await health(res);
      if (path.startsWith('/api/')) {
        if (!ctx.origin.allows(origin, req.headers.host)) return json(res, 403, { error: 'This page may not use this team server (its address is not allowed).' });
        const cors: Record<string, string> = ctx.origin.listed(origin)
          ? { 'Access-Control-Allow-Origin': origin!, 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Content-Type', Vary: 'Origin' }
          : {};
        if (req.method === 'OPTIONS') return json(res, 204, {}, cors);
        if (path === TEAM_INFO_PATH && req.method === 'GET') return json(res, 200, info(ctx), cors);
        if (path === TEAM_ROOMS_PATH && req.method === 'POST') return await create(req, res, cors);
        return json(res, 404, { error: 'No such API.' }, cors);
      }
      if ((req.method === 'GET' || req.method === 'HEAD') && ctx.staticDir && (await serveStatic(ctx.staticDir, req, res))) return;
      json(res, 404, { error: 'Not found.' });
    } catch (error) {
      ctx.log.error('request failed', { path: path.slice(0, 200), error: (error as Error).message });
      if (!res.headersSent) json(res, 500, { error: 'The team server failed; see its log.' });
      else res.destroy();
    }
  };
}

function info(ctx: RouteContext): TeamServerInfo {
  const { maxMessageBytes, maxDocumentBytes, messagesPerSecond } = ctx.limits;
  return { service: 'exchange-topology-team', version: ctx.version, limits: { maxMessageBytes, maxDocumentBytes, messagesPerSecond } };
}

function readBody(req: IncomingMessage, max: number): Promise<Uint8Array | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > max) {
      req.resume();
      return resolve('too-large');
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    req.on('error', reject);
  });
}
