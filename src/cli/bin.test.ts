// The one end-to-end test of the real executable: node + tsx loader + real files + exit status.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../model/serialize.ts';
import { templateById } from '../templates/index.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'exchange-topology-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/exchange-topology.mjs', () => {
  it('validates a plan file and prints the findings as JSON', () => {
    const file = join(dir, 'figure-3.json');
    writeFileSync(file, serializePlan(templateById('figure-3')!.plan));
    const stdout = execFileSync(process.execPath, ['bin/exchange-topology.mjs', 'validate', file, '--json'], {
      cwd: root,
      encoding: 'utf8',
    });
    const { findings } = JSON.parse(stdout) as { findings: { severity: string }[] };
    expect(Array.isArray(findings)).toBe(true);
    expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
  }, 30_000);
});
