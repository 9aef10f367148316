// `npm run server -- …`: options and environment → the team server's settings, and the help page,
// both from one declaration (the CLI's own argument parser).
import { hostname } from 'node:os';
import { resolve } from 'node:path';
import { optionLines, parseArgs, type CommandSpec } from '../src/cli/args.ts';
import type { Level } from './log.ts';
import { DEFAULT_LIMITS, type Limits } from './rooms/limits.ts';

export const DEFAULT_PORT = 4321;

export const SPEC: CommandSpec = {
  name: 'server',
  positionals: [],
  options: [
    { name: 'port', short: 'p', value: 'N', description: `Port of the app and the rooms (default ${DEFAULT_PORT}, or $PORT)` },
    { name: 'host', value: 'ADDRESS', description: 'Address to listen on (default 127.0.0.1; 0.0.0.0 for other machines)' },
    { name: 'data', value: 'DIR', description: 'Folder of the embedded database (default ./team-data; unused with DATABASE_URL)' },
    { name: 'allow-origin', value: 'URLS', description: 'Other page origins that may use this server, comma-separated (or $ALLOWED_ORIGINS)' },
    { name: 'app', value: 'DIR', description: 'The built app to serve (default dist/, built first when missing)' },
    { name: 'no-app', description: 'Serve rooms and the API only, not the app' },
    { name: 'instance', value: 'NAME', description: 'Name of this instance in logs and Redis (default the host name)' },
    { name: 'log-level', value: 'LEVEL', description: 'debug, info, warn or error (default info, or $LOG_LEVEL)' },
    { name: 'max-document-mb', value: 'N', description: `Largest plan document a room holds (default ${DEFAULT_LIMITS.maxDocumentBytes / 2 ** 20})` },
    { name: 'max-message-mb', value: 'N', description: `Largest message a client may send (default ${DEFAULT_LIMITS.maxMessageBytes / 2 ** 20})` },
    { name: 'messages-per-second', value: 'N', description: `Messages a connection may send per second (default ${DEFAULT_LIMITS.messagesPerSecond}, bursts of ${DEFAULT_LIMITS.messageBurst})` },
    { name: 'rooms-per-minute', value: 'N', description: `Rooms one address may create per minute (default ${DEFAULT_LIMITS.roomsPerMinute})` },
  ],
};

export function helpText(): string {
  return [
    'Usage: npm run server -- [options]',
    '',
    'The team server: serves the designer and its live rooms (Hocuspocus over WebSocket, at /rooms)',
    'on one port. In the app, Share with team puts the open plan in a room and gives an editor link and',
    'a viewer link. Rooms are stored in an embedded database (PGlite) in --data unless DATABASE_URL is set.',
    '',
    'Options:',
    ...optionLines(SPEC),
    '',
    'Environment:',
    '  DATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB   store rooms in PostgreSQL instead',
    '  REDIS_URL=redis://HOST:6379                          share rooms between instances behind one load balancer',
    '  PORT, LOG_LEVEL, ALLOWED_ORIGINS                     as the options above',
    '',
    'Endpoints: / (the app), /rooms (WebSocket), /healthz (health, JSON), /api/team, POST /api/rooms.',
    'Logs are JSON lines on standard output; they never contain a room id or a token.',
  ].join('\n');
}

export interface ServerSettings {
  host: string;
  port: number;
  dataDir: string;
  databaseUrl?: string;
  redisUrl?: string;
  /** undefined: no app; 'default': dist/, built when missing. */
  app: string | 'default' | undefined;
  allowedOrigins: string[];
  instance: string;
  logLevel: Level;
  limits: Limits;
}

export type SettingsOutcome = { ok: true; help: true } | { ok: true; help: false; settings: ServerSettings } | { ok: false; error: string };

const LEVELS: readonly Level[] = ['debug', 'info', 'warn', 'error'];

export function readSettings(argv: readonly string[], env: NodeJS.ProcessEnv): SettingsOutcome {
  const parsed = parseArgs(argv, SPEC);
  if (!parsed.ok) return parsed;
  if (parsed.args.help) return { ok: true, help: true };
  const o = parsed.args.options as Record<string, string | undefined>;
  const number = (name: string, fallback: number, min: number, max: number): number | string => {
    const text = o[name];
    if (text === undefined) return fallback;
    const n = Number(text);
    return Number.isFinite(n) && n >= min && n <= max ? n : `--${name} must be a number from ${min} to ${max}`;
  };
  const port = number('port', env.PORT ? Number(env.PORT) : DEFAULT_PORT, 0, 65535);
  const documentMb = number('max-document-mb', DEFAULT_LIMITS.maxDocumentBytes / 2 ** 20, 0.01, 1024);
  const messageMb = number('max-message-mb', DEFAULT_LIMITS.maxMessageBytes / 2 ** 20, 0.01, 1024);
  const rate = number('messages-per-second', DEFAULT_LIMITS.messagesPerSecond, 1, 100_000);
  const rooms = number('rooms-per-minute', DEFAULT_LIMITS.roomsPerMinute, 1, 100_000);
  for (const v of [port, documentMb, messageMb, rate, rooms]) if (typeof v === 'string') return { ok: false, error: v };
  if (Number.isNaN(port)) return { ok: false, error: '$PORT must be a number' };
  const logLevel = (o['log-level'] ?? env.LOG_LEVEL ?? 'info') as Level;
  if (!LEVELS.includes(logLevel)) return { ok: false, error: `--log-level must be one of ${LEVELS.join(', ')}` };
  const databaseUrl = env.DATABASE_URL || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) return { ok: false, error: 'DATABASE_URL must start with postgres:// or postgresql://' };
  const redisUrl = env.REDIS_URL || undefined;
  if (redisUrl && !/^rediss?:\/\//.test(redisUrl)) return { ok: false, error: 'REDIS_URL must start with redis:// or rediss://' };
  const origins = (o['allow-origin'] ?? env.ALLOWED_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const badOrigin = origins.find((s) => !/^https?:\/\/[^/]+$/.test(s.replace(/\/$/, '')));
  if (badOrigin) return { ok: false, error: `--allow-origin takes origins such as https://designer.example.com, not ${JSON.stringify(badOrigin)}` };
  if (o.app && o['no-app']) return { ok: false, error: '--app and --no-app cannot be given together' };
  return {
    ok: true,
    help: false,
    settings: {
      host: o.host ?? '127.0.0.1',
      port: port as number,
      dataDir: resolve(o.data ?? 'team-data'),
      databaseUrl,
      redisUrl,
      app: o['no-app'] ? undefined : o.app ? resolve(o.app) : 'default',
      allowedOrigins: origins,
      instance: o.instance ?? hostname(),
      logLevel,
      limits: {
        ...DEFAULT_LIMITS,
        maxDocumentBytes: Math.round((documentMb as number) * 2 ** 20),
        maxMessageBytes: Math.round((messageMb as number) * 2 ** 20),
        messagesPerSecond: rate as number,
        roomsPerMinute: rooms as number,
      },
    },
  };
}
