// An in-memory CliIo for tests of any command: files in a map, stdin as a string, and everything
// printed collected, so main() runs in-process with no disk and no child process.
import type { CliIo } from './types.ts';

export interface MemoryIo {
  io: CliIo;
  /** Everything written so far. */
  readonly stdout: string;
  readonly stderr: string;
  /** Files as the command left them (written files included). */
  files: Map<string, string | Uint8Array>;
}

export function memoryIo(files: Record<string, string | Uint8Array> = {}, stdin?: string): MemoryIo {
  const state = { stdout: '', stderr: '', files: new Map(Object.entries(files)) };
  const read = (path: string): string | Uint8Array => {
    if (path === '-') {
      if (stdin === undefined) throw new Error('<stdin>: cannot read (nothing on standard input)');
      return stdin;
    }
    const data = state.files.get(path);
    if (data === undefined) throw new Error(`${path}: cannot read (no such file or directory)`);
    return data;
  };
  const io: CliIo = {
    stdout: (text) => void (state.stdout += text),
    stderr: (text) => void (state.stderr += text),
    readFile: (path) => {
      const data = read(path);
      return typeof data === 'string' ? data : new TextDecoder().decode(data);
    },
    readBytes: (path) => {
      const data = read(path);
      return typeof data === 'string' ? new TextEncoder().encode(data) : data;
    },
    writeFile: (path, data) => {
      if (path === '-') state.stdout += typeof data === 'string' ? data : new TextDecoder().decode(data);
      else state.files.set(path, data);
    },
    cwd: '/memory',
  };
  return {
    io,
    get stdout() {
      return state.stdout;
    },
    get stderr() {
      return state.stderr;
    },
    files: state.files,
  };
}
