import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { serializePlan } from '../../model/serialize.ts';
import { templateById } from '../../templates/index.ts';
import { main } from '../main.ts';
import { memoryIo } from '../memory-io.ts';

const figure3 = serializePlan(templateById('figure-3')!.plan);
const dir = mkdtempSync(join(tmpdir(), 'render-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]) {
  const io = memoryIo({ 'f.json': figure3 });
  const code = await main(argv, io.io);
  return { code, stderr: io.stderr, files: io.files };
}

/** Poppler's tools (installed by .ci/run), as a reader of the PDF would see it. */
const poppler = (tool: string, file: string) => execFileSync(tool, [file, ...(tool === 'pdftotext' ? ['-'] : [])], { encoding: 'utf8' });

describe('exchange-topology render to PDF', () => {
  it('writes a one-page A4 vector PDF with selectable text in the embedded Inter font', { timeout: 30_000 }, async () => {
    const { code, stderr, files } = await run(['render', 'f.json', '--page', 'A4', '-o', 'f.pdf', '--date', '2024-06-01']);
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Wrote f\.pdf \(794 x 1123; A4 portrait, text at [\d.]+ pt;/);
    const pdf = files.get('f.pdf') as Uint8Array;
    expect(new TextDecoder().decode(pdf.subarray(0, 5))).toBe('%PDF-');
    const path = join(dir, 'f.pdf');
    writeFileSync(path, pdf);
    const info = poppler('pdfinfo', path);
    expect(info).toMatch(/Pages:\s+1/);
    expect(info).toMatch(/Page size:\s+595\.2\d* x 841\.8\d* pts \(A4\)/);
    expect(info).toMatch(/Title:\s+Figure 3: Clustered mailbox server/);
    // Every font is Inter and embedded: no font left to the reader's machine.
    const fonts = poppler('pdffonts', path).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    for (const line of fonts) expect(line).toMatch(/^[A-Z]{6}\+Inter|^Inter\s.*\byes\b/);
    const text = poppler('pdftotext', path);
    for (const words of ['Figure 3: Clustered mailbox server', 'MBX01', 'Hub Transport', 'Edge subscription', '2024-06-01']) expect(text).toContain(words);
  });

  it('makes a PDF of the drawing size without --page, and checks its options', { timeout: 30_000 }, async () => {
    const plain = await run(['render', 'f.json', '--format', 'pdf', '-o', 'out']);
    expect(plain.code).toBe(0);
    expect(plain.stderr).not.toContain('A4');
    const bad = await run(['render', 'f.json', '--page', 'A3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--page takes A4 or Letter, not "A3"');
    const site = await run(['render', 'f.json', '--site', 'Nowhere']);
    expect(site.code).toBe(2);
    expect(site.stderr).toMatch(/no site "Nowhere" in the plan \(sites: .*Head office/);
    const lonely = await run(['render', 'f.json', '--orientation', 'landscape']);
    expect(lonely.stderr).toContain('--orientation needs --page');
  });

  it('draws one site and leaves out findings when asked', async () => {
    const { code, files } = await run(['render', 'f.json', '--site', 'Head office', '--no-findings', '-o', 'hq.svg']);
    expect(code).toBe(0);
    const svg = files.get('hq.svg') as string;
    expect(svg).toContain('— Head office');
    expect(svg).not.toContain('data-id="edge01"');
    expect(svg).not.toContain('class="count"');
  });
});
