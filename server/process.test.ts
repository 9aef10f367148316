// `npm run server` as a user runs it: a separate process, its help, its health endpoint, its logs,
// the app it serves, and what survives when it is killed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renameItem } from '../src/model/index.ts';
import { templateById } from '../src/templates/index.ts';
import { createRoom, joinRoom, type TestClient } from './testing/clients.ts';
import { freshDataDir } from './testing/dataDir.ts';
import { spawnServer, type ServerProcess } from './testing/process.ts';

const TSX = createRequire(import.meta.url).resolve('tsx');
const started: ServerProcess[] = [];
const clients: TestClient[] = [];
const dirs: string[] = [];

afterAll(async () => {
  for (const c of clients) c.close();
  for (const s of started) await s.stop('SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The status line and headers of a GET of `path` exactly as written (no URL clean-up). */
const rawGet = (port: number, path: string) =>
  new Promise<string>((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
    socket.on('end', () => resolve(text.split('\r\n\r\n')[0]!));
    socket.on('error', reject);
  });

const run = (args: string[]) => spawnSync(process.execPath, ['--import', TSX, 'server/main.ts', ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run server', { timeout: 120_000 }, () => {
  it('explains itself with --help, and refuses a wrong option with the help and exit status 2', () => {
    const help = run(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/Usage: npm run server -- \[options\]/);
    for (const text of ['--port N', '--data DIR', '--allow-origin', 'DATABASE_URL=postgres://', 'REDIS_URL=redis://', '/healthz']) expect(help.stdout).toContain(text);
    const wrong = run(['--prot', '80']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toMatch(/unknown option --prot \(did you mean --port\?\)/);
  });

  it('serves the app with its security headers, and health as JSON', async () => {
    // The app's folder, beside a file it must never serve.
    const outer = mkdtempSync(join(tmpdir(), 'etd-team-app-'));
    dirs.push(outer);
    const app = join(outer, 'app');
    mkdirSync(join(app, 'assets'), { recursive: true });
    writeFileSync(join(outer, 'secret.txt'), 'not for the web');
    writeFileSync(join(app, 'index.html'), '<!doctype html><title>Exchange Topology Designer</title>');
    writeFileSync(join(app, 'assets', 'app-1234.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    const data = await freshDataDir();
    dirs.push(data);
    const server = await spawnServer(['--port', '0', '--data', data, '--app', app]);
    started.push(server);
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Exchange Topology Designer');
    expect(page.headers.get('content-security-policy')).toMatch(/connect-src 'self'.*frame-ancestors 'none'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const script = await fetch(`${server.url}/assets/app-1234.js`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect(script.headers.get('cache-control')).toMatch(/immutable/);
    expect(script.headers.get('content-encoding')).toBe('gzip');
    expect(await script.text()).toContain('xxxx');
    // As sent, not as fetch would clean the path up first; each refusal with the headers too.
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt', '//etc/passwd', '/%2fetc%2fpasswd', '/index.html%00', '/%', '/missing.js']) {
      const head = await rawGet(server.port, path);
      expect(head, path).toMatch(/^HTTP\/1\.1 404 /);
      expect(head, path).toMatch(/content-security-policy: default-src 'self'/i);
    }
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', storage: 'embedded:ok', redis: 'off', rooms: 0 });
  });

  it('keeps every edit it acknowledged when killed, and never logs a room id or a token', async () => {
    const data = await freshDataDir();
    dirs.push(data);
    const first = await spawnServer(['--port', '0', '--data', data, '--no-app', '--log-level', 'debug']);
    started.push(first);
    const { room, editorToken, viewerToken, doc } = await createRoom(first.url, templateById('figure-2')!.plan);
    const editor = joinRoom(first.url, room, editorToken, { from: doc });
    clients.push(editor);
    const viewer = joinRoom(first.url, room, viewerToken);
    clients.push(viewer);
    const wrong = joinRoom(first.url, room, viewerToken.replace(/^./, (c) => (c === 'A' ? 'B' : 'A')));
    clients.push(wrong);
    await Promise.all([editor.until((s) => s.status === 'live'), viewer.until((s) => s.status === 'live'), wrong.until((s) => s.status === 'refused')]);
    const names = ['EX21', 'EX22', 'EX23'];
    const ids = editor.document.plan.servers.slice(0, 3).map((s) => s.id);
    for (const [i, id] of ids.entries()) {
      editor.document.apply(renameItem(editor.document.plan, id, names[i]!));
      // Acknowledged: written to the database before the server said so.
      expect(await editor.connection.whenSaved(10_000)).toBe(true);
    }
    // Killed within the store's 2-second debounce: only the appended updates hold the edits.
    await first.stop('SIGKILL');
    editor.close();
    viewer.close();
    const second = await spawnServer(['--port', '0', '--data', data, '--no-app']);
    started.push(second);
    const later = joinRoom(second.url, room, viewerToken);
    clients.push(later);
    await later.until((s) => s.status === 'live');
    expect(later.document.plan.servers.slice(0, 3).map((s) => s.name)).toEqual(names);
    await second.stop('SIGTERM');

    const lines = [...first.lines, ...second.lines];
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) {
      expect(() => JSON.parse(line), line).not.toThrow();
      for (const secret of [room, editorToken, viewerToken]) expect(line).not.toContain(secret);
    }
    const messages = lines.map((l) => (JSON.parse(l) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['team server listening', 'room created', 'room joined', 'room connection refused', 'team server stopped']));
  });
});
