import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { serializePlan } from '../model/serialize.ts';
import { validate } from '../rules/index.ts';
import { templateById } from '../templates/index.ts';
import { main } from './main.ts';
import { memoryIo } from './memory-io.ts';
import { countLine } from './report.ts';

const figure1 = serializePlan(templateById('figure-1')!.plan);
// Edge Transport sharing a server, inside the forest: errors; a server in no site: a warning.
const broken = plan('Broken plan')
  .site('hq', 'ad-site', 'Head office')
  .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
  .gc('DC01')
  .server('EDGE01', ['EdgeTransport', 'HubTransport'])
  .server('LOOSE', ['Mailbox'], { site: undefined })
  .build();

async function run(argv: string[], files: Record<string, string> = {}, stdin?: string) {
  const io = memoryIo(files, stdin);
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('exchange-topology validate', () => {
  it('exits 0 for a plan with no error finding, and reports it by severity with counts', async () => {
    const { code, stdout, stderr } = await run(['validate', 'fig1.json'], { 'fig1.json': figure1 });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Figure 1: .* \(fig1\.json\)$/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(countLine(validate(templateById('figure-1')!.plan)));
    expect(stdout).not.toContain('Errors (');
  });

  it('exits 1 when there is an error finding, naming items by name under each heading', async () => {
    const findings = validate(broken);
    const { code, stdout } = await run(['validate', 'broken.json'], { 'broken.json': serializePlan(broken) });
    expect(code).toBe(1);
    expect(stdout).toMatch(/^Errors \(\d+\)$/m);
    expect(stdout).toMatch(/^Warnings \(\d+\)$/m);
    expect(stdout).toContain('  edge-alone: EDGE01\n');
    expect(stdout).toContain('  server-unplaced: LOOSE\n');
    for (const f of findings) expect(stdout).toContain(`    ${f.message}\n`);
    expect(stdout).toMatch(/\n\d+ errors?, \d+ warnings?, \d+ info\n$/);
  });

  it('--json prints exactly {"findings": [...]} with the fields of rules.md', async () => {
    const { code, stdout } = await run(['validate', '--json', 'broken.json'], {
      'broken.json': serializePlan(broken),
    });
    expect(code).toBe(1);
    const parsed = JSON.parse(stdout) as { findings: Record<string, unknown>[] };
    expect(Object.keys(parsed)).toEqual(['findings']);
    expect(parsed.findings).toEqual(
      validate(broken).map(({ rule, severity, subjects, message }) => ({
        rule,
        severity,
        subjects,
        message,
      })),
    );
    for (const f of parsed.findings)
      expect(Object.keys(f).sort()).toEqual(['message', 'rule', 'severity', 'subjects']);
    expect(parsed.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['edge-alone', 'server-unplaced']),
    );
  });

  it('exits 0 when the findings are warnings and notes only, and --json still lists them', async () => {
    // Written as plan-format.md writes it: defaulted fields left out.
    const doc = {
      format: 'exchange-topology-plan',
      version: 1,
      name: 'Warnings only',
      exchange: { servicePack: 'SP1' },
      sites: [{ id: 'hq', name: 'Head office', kind: 'ad-site' }],
      servers: [
        { id: 'a', name: 'A', roles: ['Mailbox', 'ClientAccess', 'HubTransport'], site: 'hq' },
        { id: 'b', name: 'B', roles: ['ClientAccess', 'HubTransport'], site: 'hq' },
        { id: 'c', name: 'C' },
      ],
      infrastructure: [{ id: 'dc', kind: 'domain-controller', name: 'DC', site: 'hq', globalCatalog: true }],
    };
    const { code, stdout } = await run(['validate', 'w.json', '--json'], { 'w.json': JSON.stringify(doc) });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      findings: [
        {
          rule: 'server-unplaced',
          severity: 'warning',
          subjects: ['c'],
          message: expect.stringContaining('C '),
        },
      ],
    });
  });

  it('reads standard input for "-"', async () => {
    const { code, stdout } = await run(['validate', '-', '--json'], {}, figure1);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).findings.every((f: { severity: string }) => f.severity === 'info')).toBe(true);
  });

  it('exits 2 for an invalid plan, naming the file and each path', async () => {
    const edited = (change: (doc: { sites: { kind: string }[]; servers: { site: string }[] }) => void) => {
      const doc = JSON.parse(figure1);
      change(doc);
      return JSON.stringify(doc);
    };
    const reference = await run(['validate', 'plan.json'], {
      'plan.json': edited((d) => (d.servers[1]!.site = 'hq2')),
    });
    expect(reference).toEqual({
      code: 2,
      stdout: '',
      stderr: 'plan.json: servers[1].site: no site with id "hq2"\n',
    });
    const twoProblems = edited((d) => {
      d.sites[1]!.kind = 'ad-sight';
      d.servers[0]!.site = '';
    });
    const { code, stderr } = await run(['validate', 'plan.json', '--json'], { 'plan.json': twoProblems });
    expect(code).toBe(2);
    expect(stderr.split('\n')).toEqual([
      'plan.json: sites[1].kind: "ad-sight" is not a site kind; use one of ad-site, perimeter',
      expect.stringMatching(/^plan\.json: servers\[0\]\.site: /),
      '',
    ]);
  });

  it('exits 2 when the file cannot be read or is not JSON', async () => {
    const missing = await run(['validate', 'nowhere.json']);
    expect([missing.code, missing.stderr]).toEqual([
      2,
      'nowhere.json: cannot read (no such file or directory)\n',
    ]);
    const notJson = await run(['validate', '-'], {}, '{ nope');
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^<stdin>: not valid JSON/);
  });
});
