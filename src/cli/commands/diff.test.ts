import { describe, expect, it } from 'vitest';
import { addRole, removeItems } from '../../model/edits.ts';
import { serializePlan } from '../../model/serialize.ts';
import { figure2 } from '../../deploy/test-plans.ts';
import { memoryIo } from '../memory-io.ts';
import { diffCommand } from './diff.ts';

async function run(args: string[], files: Record<string, string> = {}) {
  const mem = memoryIo(files);
  const code = await diffCommand.run(args, mem.io);
  return { code, stdout: mem.stdout, stderr: mem.stderr };
}

const current = serializePlan(removeItems(figure2(), ['um01']));
const target = serializePlan(addRole(figure2(), 'hub01', 'ClientAccess'));
const files = { 'current.json': current, 'target.json': target };

describe('exchange-topology diff', () => {
  it('lists builds and role changes with their Setup.com commands', async () => {
    const { code, stdout, stderr } = await run(['current.json', 'target.json'], files);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Build: UM01\nChange in place (Setup.com from the installation media, or a readdress): HUB01\n');
    expect(stdout).toContain('== 1. HUB01: add Client Access ==');
    expect(stdout).toContain('== 2. Build UM01 (Unified Messaging) ==');
    expect(stdout).toContain('Setup.com /mode:Install /roles:ClientAccess');
    expect(stdout).toContain('Unchanged: MBX01, CAS01, EDGE01.');
  });

  it('prints Markdown with --markdown', async () => {
    const { code, stdout } = await run(['current.json', 'target.json', '--markdown'], files);
    expect(code).toBe(0);
    expect(stdout).toContain('## 1. HUB01: add Client Access');
    expect(stdout).toContain('```cmd\n   Setup.com /mode:Install /roles:ClientAccess\n   ```');
    expect(stdout).not.toContain('Exchange Server\\Bin');
  });

  it('exits 2 when either file is unreadable or invalid, naming it', async () => {
    const missing = await run(['current.json', 'missing.json'], files);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('missing.json');
    const invalid = await run(['current.json', 'bad.json'], {
      ...files,
      'bad.json': '{"format":"exchange-topology-plan","version":1}',
    });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/^bad\.json: /m);
  });

  it('exits 2 for bad usage', async () => {
    expect((await run(['current.json'], files)).code).toBe(2);
    expect((await run(['-', '-'], files)).code).toBe(2);
  });
});
