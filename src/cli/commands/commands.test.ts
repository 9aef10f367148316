import { describe, expect, it } from 'vitest';
import { serializePlan } from '../../model/serialize.ts';
import { figure1, figure3 } from '../../deploy/test-plans.ts';
import { memoryIo } from '../memory-io.ts';
import { commandsCommand } from './commands.ts';

async function run(args: string[], files: Record<string, string> = {}, stdin?: string) {
  const mem = memoryIo(files, stdin);
  const code = await commandsCommand.run(args, mem.io);
  return { code, stdout: mem.stdout, stderr: mem.stderr, files: mem.files };
}

const fig3 = serializePlan(figure3());

describe('exchange-topology commands', () => {
  it('prints the checklist of a plan file', async () => {
    const { code, stdout, stderr } = await run(['plan.json'], { 'plan.json': fig3 });
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Deployment checklist: Figure 3');
    expect(stdout).toContain(
      'Setup.com /mode:Install /roles:Mailbox /NewCms /CMSName:CMS01 /CMSIPAddress:10.0.0.50',
    );
    expect(stdout.indexOf('Setup.com /PrepareSchema')).toBeLessThan(stdout.indexOf('/NewCms'));
  });

  it('prints Markdown with --markdown, and reads standard input', async () => {
    const { code, stdout } = await run(['-', '--markdown'], {}, fig3);
    expect(code).toBe(0);
    expect(stdout).toContain('# Deployment checklist: Figure 3');
    expect(stdout).toContain('```cmd');
  });

  it('prints no value that fails its rule: a placeholder and the finding instead (issue 15)', async () => {
    const hostile = {
      ...figure3(),
      clusters: figure3().clusters.map((c) => ({ ...c, name: 'CMS1&calc.exe' })),
    };
    const { code, stdout } = await run(['plan.json', '--server', 'MBX01'], {
      'plan.json': serializePlan(hostile),
    });
    expect(code).toBe(0);
    expect(stdout).toContain('/NewCms /CMSName:<cluster name> /CMSIPAddress:10.0.0.50');
    expect(stdout).not.toContain('/CMSName:CMS1&calc.exe');
    expect(stdout).toContain('<cluster name>: cluster name, not printed until name-invalid is fixed');
  });

  it('gives the version 2 facts: /CMSIPv4Addresses on Windows Server 2008, standby clusters recovered, not installed', async () => {
    const p = figure3();
    p.servers = p.servers.map((s) => (s.cluster ? { ...s, os: 'windows2008' } : s));
    p.clusters = p.clusters.map((c) => ({ ...c, standby: true }));
    const { stdout } = await run(['plan.json'], { 'plan.json': serializePlan(p) });
    expect(stdout).not.toContain('/roles:Mailbox /NewCms');
    expect(stdout).toContain('== Site recovery (only after losing the primary site) ==');
    expect(stdout).toContain('Setup.com /RecoverCMS /CMSName:CMS01 /CMSIPv4Addresses:10.0.0.50');
  });

  it('lists the rule engine errors first', async () => {
    const broken = figure1();
    broken.servers = broken.servers.map((s) =>
      s.id === 'edge01' ? { ...s, roles: ['EdgeTransport', 'HubTransport'] } : s,
    );
    const { code, stdout } = await run(['plan.json'], { 'plan.json': serializePlan(broken) });
    expect(code).toBe(0);
    expect(stdout.indexOf('Fix ')).toBeGreaterThan(-1);
    expect(stdout.indexOf('Fix ')).toBeLessThan(stdout.indexOf('Prerequisites'));
    expect(stdout).toContain('(edge-alone)');
  });

  it('prints one server with --server, by name in any case or by id', async () => {
    const byName = await run(['plan.json', '--server', 'mbx02'], { 'plan.json': fig3 });
    expect(byName.code).toBe(0);
    expect(byName.stdout).toContain('Commands for MBX02');
    expect(byName.stdout).toContain('Setup.com /mode:Install /roles:Mailbox\n');
    expect(byName.stdout).not.toContain('/NewCms');
    const md = await run(['plan.json', '-s', 'mbx01', '--markdown'], { 'plan.json': fig3 });
    expect(md.stdout).toContain('# Commands for MBX01');
  });

  it('exits 2 for an unknown server, naming the servers there are', async () => {
    const { code, stderr } = await run(['plan.json', '--server', 'NOPE'], { 'plan.json': fig3 });
    expect(code).toBe(2);
    expect(stderr).toContain('no server "NOPE"');
    expect(stderr).toContain('EDGE01');
  });

  it('exits 2 for an unreadable or invalid plan, naming the file and the path', async () => {
    const missing = await run(['nope.json']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json');
    const invalid = await run(['bad.json'], {
      'bad.json': JSON.stringify({ ...JSON.parse(fig3), servers: [{ id: 'a', name: 'A', rols: [] }] }),
    });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('bad.json: servers[0].rols: unknown field');
  });

  it('exits 2 for bad usage', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['a.json', '--json'])).code).toBe(2);
  });

  it('writes to a file with -o', async () => {
    const { code, files } = await run(['plan.json', '-o', 'out.md', '--markdown'], { 'plan.json': fig3 });
    expect(code).toBe(0);
    expect(String(files.get('out.md'))).toContain('# Deployment checklist');
  });
});
