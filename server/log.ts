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
    write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...options.base, ...fields }));
  };
  return { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') };
}

/** Base64url runs as long as a room id or token: masked in text this program did not write. */
const SECRET_LIKE = /[A-Za-z0-9_-]{22,}/g;

export const maskSecrets = (text: string) => text.replace(SECRET_LIKE, (s) => `${s.slice(0, 4)}…`);

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
