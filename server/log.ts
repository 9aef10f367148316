// Structured logs: one JSON object per line on standard output (time, level, msg, fields), for
// a log collector. Room ids and tokens are never written: rooms appear as the start of their hash.
import { format } from 'node:util';

export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type Fields = Record<string, string | number | boolean | undefined>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
}

export function createLogger(options: { level?: Level; write?: (line: string) => void; base?: Fields } = {}): Logger {
  const threshold = ORDER[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const emit = (level: Level) => (msg: string, fields: Fields = {}) => {
    if (ORDER[level] < threshold) return;
    // An error's text comes from a library (a driver, a socket): masked like the library's own lines.
    const error = typeof fields.error === 'string' ? { error: maskSecrets(fields.error) } : {};
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...options.base, ...fields, ...error }));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Base64url runs as long as a room id or token: masked in text this program did not write. */
const SECRET_LIKE = /[A-Za-z0-9_-]{22,}/g;

/** The password of a URL such as DATABASE_URL or REDIS_URL (scheme://user:password@host). */
const URL_PASSWORD = /(\/\/[^/\s:@]*):[^@\s/]*@/g;

export const maskSecrets = (text: string) => text.replace(URL_PASSWORD, '$1:…@').replace(SECRET_LIKE, (s) => `${s.slice(0, 4)}…`);

/**
 * Libraries (Hocuspocus, ioredis) print with console.*: their lines become log entries too, with
 * anything shaped like a secret masked (a document name is a room id). Returns the undo.
 */
export function captureConsole(log: Logger): () => void {
  const saved = { log: console.log, info: console.info, warn: console.warn, error: console.error };
  const as = (level: Level) => (...args: unknown[]) => {
    const text = maskSecrets(format(...args)).trim();
    if (text) log[level]('library', { detail: text.slice(0, 2000) });
  };
  console.log = as('debug');
  console.info = as('info');
  console.warn = as('warn');
  console.error = as('error');
  return () => Object.assign(console, saved);
}

/**
 * An error nobody caught ends the process, but as a log entry masked like the rest rather than
 * Node's own print of it on standard error (whose message or stack might hold a room id or token).
 */
export function logCrashes(log: Logger, exit: (code: number) => void = (code) => process.exit(code)) {
  const crash = (what: string) => (error: unknown) => {
    const text = error instanceof Error ? (error.stack ?? error.message) : format(error);
    log.error(what, { error: text.slice(0, 4000) });
    exit(1);
  };
  process.on('uncaughtException', crash('team server crashed: uncaught exception'));
  process.on('unhandledRejection', crash('team server crashed: unhandled rejection'));
}
