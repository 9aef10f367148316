import { describe, expect, it } from 'vitest';
import { arrange } from '../layout/arrange.ts';
import { plan } from '../model/builder.ts';
import { parsePlan } from '../model/parse.ts';
import { serializePlan } from '../model/serialize.ts';
import { templateById } from '../templates/index.ts';
import { main } from './main.ts';
import { memoryIo } from './memory-io.ts';

async function run(argv: string[], files: Record<string, string> = {}, stdin?: string) {
  const io = memoryIo(files, stdin);
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr, files: io.files };
}

describe('exchange-topology template', () => {
  it.each([
    ['1', 'figure-1'],
    ['2', 'figure-2'],
    ['3', 'figure-3'],
    ['empty', 'empty'],
    ['figure-3', 'figure-3'],
  ])('template %s prints %s as serializePlan writes it', async (arg, id) => {
    const { code, stdout, stderr } = await run(['template', arg]);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(serializePlan(templateById(id)!.plan));
  });

  it('-o writes the file instead, and says so on stderr', async () => {
    const { code, stdout, stderr, files } = await run(['template', '2', '-o', 'fig2.json']);
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toBe('Wrote Figure 2: Each server role on its own computer to fig2.json\n');
    expect(files.get('fig2.json')).toBe(serializePlan(templateById('figure-2')!.plan));
  });

  it('refuses an unknown template, exit 2', async () => {
    const { code, stderr } = await run(['template', '4']);
    expect(code).toBe(2);
    expect(stderr).toContain('exchange-topology template: no template "4"; choose 1, 2, 3 or empty');
  });
});

describe('exchange-topology arrange', () => {
  const messy = plan('Messy')
    .site('hq')
    .server('CAS01', ['ClientAccess'])
    .server('EX02', ['Mailbox'], { site: undefined })
    .build();
  const text = serializePlan({ ...messy, layout: { cas01: { x: 999, y: -5 } } });

  it('prints the plan with the layout of arrange() and nothing else changed', async () => {
    const { code, stdout } = await run(['arrange', 'plan.json'], { 'plan.json': text });
    expect(code).toBe(0);
    expect(stdout).toBe(serializePlan(arrange(messy)));
    const result = parsePlan(stdout);
    expect(result.ok && { ...result.plan, layout: undefined }).toEqual({ ...messy, layout: undefined });
  });

  it('writes over its input with -o, and reads stdin for "-"', async () => {
    const inPlace = await run(['arrange', 'plan.json', '-o', 'plan.json'], { 'plan.json': text });
    expect(inPlace.code).toBe(0);
    expect(inPlace.files.get('plan.json')).toBe(serializePlan(arrange(messy)));
    expect((await run(['arrange', '-'], {}, text)).stdout).toBe(serializePlan(arrange(messy)));
  });

  it('exits 2 for a plan it cannot read, naming the file', async () => {
    const { code, stdout, stderr } = await run(['arrange', 'plan.json'], {
      'plan.json': '{"format": "something-else"}',
    });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^plan\.json: format: must be "exchange-topology-plan"/);
  });
});
