// The team server as a separate process (`tsx server/main.ts`), as a user or a load balancer
// would run it: its log lines kept, its port read from its "listening" line, stopped by signal.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TSX = createRequire(import.meta.url).resolve('tsx');

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  port: number;
  /** Standard output and error, line by line. */
  lines: string[];
  /** Resolves with the exit code (or signal) once the process ended. */
  exited: Promise<number | string>;
  stop(signal?: NodeJS.Signals): Promise<number | string>;
}

export function spawnServer(args: string[], env: Record<string, string | undefined> = {}, timeoutMs = 90_000): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', TSX, 'server/main.ts', ...args], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: '', REDIS_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | string>((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal ?? -1)));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the server did not start within ${timeoutMs} ms:\n${lines.join('\n')}`));
    }, timeoutMs);
    const take = (chunk: Buffer, partial: { text: string }) => {
      partial.text += chunk.toString();
      const parts = partial.text.split('\n');
      partial.text = parts.pop()!;
      for (const line of parts) {
        lines.push(line);
        const url = /"msg":"team server listening".*"url":"(http:\/\/[^"]+)"/.exec(line)?.[1];
        if (url) {
          clearTimeout(timer);
          const port = Number(new URL(url).port);
          resolve({
            child,
            url,
            port,
            lines,
            exited,
            stop: (signal = 'SIGTERM') => {
              if (child.exitCode === null && child.signalCode === null) child.kill(signal);
              return exited;
            },
          });
        }
      }
    };
    const out = { text: '' };
    const err = { text: '' };
    child.stdout!.on('data', (c: Buffer) => take(c, out));
    child.stderr!.on('data', (c: Buffer) => take(c, err));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${lines.join('\n')}`));
    });
  });
}
