// What the command line does with hostile or unusual input: the same encodings rule as the
// designer's file import, a size cap on every read (files, devices, pipes), and terminal output
// that cannot carry escape sequences from a plan.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../model/limits.ts';
import { serializePlan } from '../model/serialize.ts';
import { templateById } from '../templates/index.ts';
import { main } from './main.ts';
import { memoryIo } from './memory-io.ts';
import { terminalSafe } from './terminal.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'exchange-topology-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const figure1 = serializePlan(templateById('figure-1')!.plan);
const utf8 = (text: string) => new TextEncoder().encode(text);

async function run(argv: string[], files: Record<string, string | Uint8Array>) {
  const io = memoryIo(files);
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

function bin(args: string[], stdin: number | 'pipe' = 'pipe', input?: Uint8Array) {
  return spawnSync(process.execPath, ['bin/exchange-topology.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    stdio: [stdin, 'pipe', 'pipe'],
    input,
    timeout: 60_000,
    maxBuffer: 1 << 20,
  });
}

describe('command-line input', () => {
  it('validates a plan with a UTF-8 byte order mark like the designer does', async () => {
    const plain = await run(['validate', 'plan.json', '--json'], { 'plan.json': figure1 });
    const bom = await run(['validate', 'plan.json', '--json'], {
      'plan.json': new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(figure1)]),
    });
    expect(bom).toEqual(plain);
    expect(bom.code).toBe(0);
  });

  it('names UTF-16 and refuses bytes that are not UTF-8 with their offset', async () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...figure1].flatMap((c) => [c.charCodeAt(0) & 0xff, 0])]);
    const wide = await run(['validate', 'plan.json'], { 'plan.json': utf16 });
    expect(wide.code).toBe(2);
    expect(wide.stderr).toMatch(/^plan\.json: is UTF-16 \(little-endian\) text; plans are UTF-8\./);
    const broken = utf8(figure1);
    broken[20] = 0xff;
    const bad = await run(['commands', 'plan.json'], { 'plan.json': broken });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'plan.json: is not UTF-8 text: byte 0xFF at offset 20 (counting from 0) does not begin a valid UTF-8 character. Save it again as UTF-8 and open that\n',
    );
  });

  it('stops reading /dev/zero at the size limit and says so', () => {
    const result = bin(['validate', '/dev/zero']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(
      `/dev/zero: cannot read (a plan file may be at most 32 MB; stopped after ${(MAX_FILE_BYTES + 1).toLocaleString('en-US')} bytes)\n`,
    );
  }, 60_000);

  it('stops reading an endless standard input at the size limit', () => {
    const zero = openSync('/dev/zero', 'r');
    try {
      const result = bin(['validate', '-'], zero);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(
        /^<stdin>: cannot read \(a plan file may be at most 32 MB; stopped after 32,000,001 bytes\)\n$/,
      );
    } finally {
      closeSync(zero);
    }
  }, 60_000);

  it('refuses a file over the limit from its size, and reads a piped plan', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, new Uint8Array(MAX_FILE_BYTES + 10));
    expect(bin(['render', big]).stderr).toBe(
      `${big}: cannot read (a plan file may be at most 32 MB; stopped after 32,000,010 bytes)\n`,
    );
    const piped = bin(['validate', '-', '--json'], 'pipe', utf8(figure1));
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout)).toHaveProperty('findings');
  }, 60_000);

  it('shows control characters from a plan as escapes on a terminal', () => {
    expect(terminalSafe('EX01\u001b]52;c;ZWNobyBoaQ==\u0007 and \u009b2J\tok\n')).toBe(
      'EX01\\u001b]52;c;ZWNobyBoaQ==\\u0007 and \\u009b2J\tok\n',
    );
  });
});
