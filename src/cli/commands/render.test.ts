import { describe, expect, it } from 'vitest';
import { plan } from '../../model/builder.ts';
import { serializePlan } from '../../model/serialize.ts';
import { wellFormedProblems } from '../../render/testing/wellFormed.ts';
import { extractPlanFromSvg } from '../../share/embed.ts';
import { templateById } from '../../templates/index.ts';
import { main } from '../main.ts';
import { memoryIo } from '../memory-io.ts';

const figure3 = templateById('figure-3')!.plan;
// Edge Transport with another role: an error finding to badge.
const broken = plan('Broken').site('hq').server('EX01', ['EdgeTransport', 'HubTransport']).gc().build();

async function run(argv: string[], files: Record<string, string | Uint8Array> = {}) {
  const io = memoryIo(files);
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr, files: io.files };
}

describe('exchange-topology render', () => {
  it('writes the SVG with the font, the findings and the plan embedded', async () => {
    const { code, stderr, files } = await run(['render', 'p.json', '-o', 'p.svg', '--date', '2024-05-01'], {
      'p.json': serializePlan(broken),
    });
    expect(code).toBe(0);
    const svg = files.get('p.svg') as string;
    expect(wellFormedProblems(svg)).toEqual([]);
    expect(svg).toContain('@font-face{font-family:Inter');
    expect(svg).toContain('2024-05-01');
    expect(svg).toMatch(/data-id="ex01"[^]*class="finding-badge" data-severity="error"/);
    const embedded = extractPlanFromSvg(svg);
    expect(embedded.ok && embedded.json).toBe(serializePlan(broken, { compact: true }));
    expect(stderr).toMatch(/^Wrote p\.svg \(\d+ x \d+; [1-9]\d* errors?/);
  });

  it('prints to standard output without -o, and honours --no-title and --no-font', async () => {
    const { code, stdout } = await run(['render', 'f.json', '--no-title', '--no-font'], {
      'f.json': serializePlan(figure3),
    });
    expect(code).toBe(0);
    expect(stdout.startsWith('<?xml')).toBe(true);
    expect(stdout).not.toContain('title-block');
    expect(stdout).not.toContain('@font-face');
  });

  it('re-renders from an SVG it exported', async () => {
    const first = await run(['render', 'f.json', '--no-font'], { 'f.json': serializePlan(figure3) });
    const again = await run(['render', 'f.svg', '--no-font', '--date', 'x'], { 'f.svg': first.stdout });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('>Figure 3: Clustered mailbox server</text>');
  });

  it('writes a Visio drawing or a draw.io diagram by the output name, and reads them back', async () => {
    const json = serializePlan(figure3);
    const visio = await run(['render', 'f.json', '-o', 'plan.vsdx', '--date', '2024-05-01'], { 'f.json': json });
    expect(visio.code).toBe(0);
    expect(visio.stderr).toMatch(/^Wrote plan\.vsdx \(Visio drawing; 0 errors, 0 warnings, 2 info\)\n$/);
    const vsdx = visio.files.get('plan.vsdx') as Uint8Array;
    expect([...vsdx.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    const drawio = await run(['render', 'plan.vsdx', '-o', 'plan.drawio'], { 'plan.vsdx': vsdx });
    expect(drawio.code).toBe(0);
    expect(drawio.files.get('plan.drawio')).toMatch(/^<\?xml[^]*<mxfile /);
    const back = await run(['render', 'plan.drawio', '--format', 'svg', '--no-font'], { 'plan.drawio': drawio.files.get('plan.drawio')! });
    expect(extractPlanFromSvg(back.stdout)).toEqual({ ok: true, json: serializePlan(figure3, { compact: true }) });
    // Every command takes the exported files, not only render.
    const checked = await run(['validate', 'plan.vsdx'], { 'plan.vsdx': vsdx });
    expect([checked.code, checked.stdout]).toEqual([0, expect.stringContaining('0 errors, 0 warnings, 2 info')]);
    const unknown = await run(['render', 'f.json', '--format', 'png'], { 'f.json': json });
    expect([unknown.code, unknown.stderr]).toEqual([2, 'render: unknown format "png"; use svg, pdf, vsdx or drawio\n']);
  });

  it('exits 2 with a clear message for a file that is not a plan', async () => {
    const { code, stderr } = await run(['render', 'pic.svg'], {
      'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    expect(code).toBe(2);
    expect(stderr).toBe('This SVG was not exported by Exchange Topology Designer, so it carries no plan.\n');
    expect((await run(['render', 'missing.json'])).code).toBe(2);
  });
});
