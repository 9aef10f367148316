// The real, file-system-backed CliIo. Paths are relative to cwd; "-" is standard input (read)
// or standard output (write). Errors become one readable line that names the file, so every
// command can print them as they are.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CliIo } from './types.ts';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is not a directory',
  EROFS: 'read-only file system',
};

function fileError(path: string, action: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException)?.code;
  const reason = (code && REASONS[code]) ?? (error as Error)?.message ?? String(error);
  return new Error(`${path === '-' ? '<stdin>' : path}: cannot ${action} (${reason})`);
}

export function nodeIo(cwd: string = process.cwd()): CliIo {
  const bytes = (path: string): Buffer => {
    try {
      return readFileSync(path === '-' ? 0 : resolve(cwd, path));
    } catch (e) {
      throw fileError(path, 'read', e);
    }
  };
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => bytes(path).toString('utf8'),
    readBytes: (path) => new Uint8Array(bytes(path)),
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
