import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { createLogger, maskSecrets } from './log.ts';
import { OriginCheck } from './http/origin.ts';
import { readSettings } from './options.ts';

describe('npm run server options', () => {
  it('default to an embedded database on loopback, and take the environment', () => {
    const plain = readSettings([], {});
    expect(plain.ok && !plain.help && plain.settings).toMatchObject({ host: '127.0.0.1', port: 4321, databaseUrl: undefined, redisUrl: undefined, app: 'default' });
    const env = readSettings(['--allow-origin', 'http://localhost:5173,https://designer.example'], {
      DATABASE_URL: 'postgres://u:p@db:5432/team',
      REDIS_URL: 'redis://cache:6379',
      PORT: '8080',
    });
    expect(env.ok && !env.help && env.settings).toMatchObject({
      port: 8080,
      databaseUrl: 'postgres://u:p@db:5432/team',
      redisUrl: 'redis://cache:6379',
      allowedOrigins: ['http://localhost:5173', 'https://designer.example'],
    });
  });

  it('refuse what would not work, saying why', () => {
    const errors = [
      readSettings(['--port', 'eighty'], {}),
      readSettings([], { DATABASE_URL: 'mysql://x' }),
      readSettings([], { REDIS_URL: 'localhost:6379' }),
      readSettings(['--allow-origin', 'designer.example/path'], {}),
      readSettings(['--log-level', 'loud'], {}),
      readSettings(['--app', 'dist', '--no-app'], {}),
    ].map((r) => (r.ok ? 'ok' : r.error));
    expect(errors).toEqual([
      '--port must be a number from 0 to 65535',
      'DATABASE_URL must start with postgres:// or postgresql://',
      'REDIS_URL must start with redis:// or rediss://',
      '--allow-origin takes origins such as https://designer.example.com, not "designer.example/path"',
      '--log-level must be one of debug, info, warn, error',
      '--app and --no-app cannot be given together',
    ]);
  });
});

describe('origins', () => {
  const check = new OriginCheck(['http://localhost:5173/']);
  it('allow the server’s own pages, listed ones, and clients that are not pages', () => {
    expect(check.allows('http://team.example:4321', 'team.example:4321')).toBe(true);
    expect(check.allows('https://team.example', 'team.example')).toBe(true);
    expect(check.allows('http://localhost:5173', 'team.example:4321')).toBe(true);
    expect(check.allows(undefined, 'team.example:4321')).toBe(true);
  });
  it('refuse any other page', () => {
    for (const origin of ['http://evil.example', 'null', 'http://team.example:4322', 'file://', 'http://team.example.evil.example'])
      expect(check.allows(origin, 'team.example:4321'), origin).toBe(false);
  });
});

describe('logs', () => {
  it('mask anything shaped like a room id or a token in library messages', () => {
    expect(maskSecrets('closing connection (while handling AbCdEfGhIjKlMnOpQrStUv) because')).toBe('closing connection (while handling AbCd…) because');
    expect(maskSecrets('connect to postgres://team:s3cret@db:5432/x failed')).toBe('connect to postgres://team:…@db:5432/x failed');
  });

  it('mask the error text of a library in entries this program writes', () => {
    const lines: string[] = [];
    createLogger({ write: (l) => lines.push(l) }).error('database connection lost', { error: 'no room Q2hhbmdlTWVJbkFVbml0VGVzdA (redis://:pw@cache:6379)' });
    expect(JSON.parse(lines[0]!).error).toBe('no room Q2hh… (redis://:…@cache:6379)');
  });

  it('turn an error nobody caught into a masked entry, and end the process', () => {
    const token = 'VG9rZW5JbkFuVW5jYXVnaHRFcnJvcjEyMzQ1';
    const script = `import { createLogger, logCrashes } from './server/log.ts'; logCrashes(createLogger()); setTimeout(() => { throw new Error('handshake failed for ${token}'); });`;
    const run = spawnSync(process.execPath, ['--import', createRequire(import.meta.url).resolve('tsx'), '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(run.status).toBe(1);
    expect(run.stdout + run.stderr).not.toContain(token);
    expect(JSON.parse(run.stdout.trim().split('\n')[0]!)).toMatchObject({ level: 'error', msg: 'team server crashed: uncaught exception', error: expect.stringContaining('handshake failed for VG9r…') });
  });
});
