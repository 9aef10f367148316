// The real, file-system-backed CliIo. Paths are relative to cwd; "-" is standard input (read)
// or standard output (write). Errors become one readable line that names the file, so every
// command can print them as they are. Reads stop at the file size limit: `validate /dev/zero`
// or an endless pipe is refused, not read until memory runs out.
import { closeSync, fstatSync, openSync, readSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatBytes, formatCount, MAX_FILE_BYTES } from '../model/limits.ts';
import { terminalSafe } from './terminal.ts';
import type { CliIo } from './types.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
};

const shown = (path: string) => (path === '-' ? '<stdin>' : path);

function fileError(path: string, action: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason =
    (code && Object.hasOwn(REASONS, code) ? REASONS[code] : undefined) ??
    (error as Error)?.message ??
    String(error);
  return new Error(`${shown(path)}: cannot ${action} (${reason})`);
}

const tooLarge = (path: string, read: number) =>
  new Error(
    `${shown(path)}: cannot read (a plan file may be at most ${formatBytes(MAX_FILE_BYTES)}; stopped after ${formatCount(read)} bytes)`,
  );

/** Waits a little without spinning, for a non-blocking standard input that has nothing yet. */
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Reads a whole file or stream, at most `cap` bytes: one byte more is an error naming the limit. */
export function readCapped(path: string, fd: number, cap: number = MAX_FILE_BYTES): Uint8Array {
  const stat = fstatSync(fd);
  if (stat.isDirectory()) throw fileError(path, 'read', Object.assign(new Error(), { code: 'EISDIR' }));
  if (stat.isFile() && stat.size > cap) throw tooLarge(path, stat.size);
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(Math.min(1 << 20, cap + 1 - total));
    let n: number;
    try {
      n = readSync(fd, chunk, 0, chunk.length, null);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') {
        pause(10);
        continue;
      }
      if ((e as NodeJS.ErrnoException).code === 'EOF') break;
      throw e;
    }
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
    if (total > cap) throw tooLarge(path, total);
  }
  return Buffer.concat(chunks, total);
}

export function nodeIo(cwd: string = process.cwd()): CliIo {
  const bytes = (path: string): Uint8Array => {
    let fd: number | undefined;
    try {
      fd = path === '-' ? 0 : openSync(resolve(cwd, path), 'r');
      return readCapped(path, fd);
    } catch (e) {
      if ((e as Error).message.startsWith(`${shown(path)}: cannot`)) throw e;
      throw fileError(path, 'read', e);
    } finally {
      if (fd !== undefined && fd !== 0) closeSync(fd);
    }
  };
  // A terminal obeys escape sequences: names from a plan are shown, never run (see terminal.ts).
  const out = (stream: NodeJS.WriteStream) => (text: string) =>
    void stream.write(stream.isTTY ? terminalSafe(text) : text);
  return {
    stdout: out(process.stdout),
    stderr: out(process.stderr),
    readFile: (path) => new TextDecoder().decode(bytes(path)),
    readBytes: bytes,
    writeFile: (path, data) => {
      if (path === '-') {
        process.stdout.write(data);
        return;
      }
      try {
        writeFileSync(resolve(cwd, path), data);
      } catch (e) {
        throw fileError(path, 'write', e);
      }
    },
    cwd,
  };
}
