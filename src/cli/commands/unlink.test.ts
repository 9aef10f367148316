import { describe, expect, it } from 'vitest';
import { serializePlan } from '../../model/serialize.ts';
import { templateById } from '../../templates/index.ts';
import { main } from '../main.ts';
import { memoryIo } from '../memory-io.ts';

async function run(argv: string[], files: Record<string, string> = {}, stdin?: string) {
  const io = memoryIo(files, stdin);
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr, files: io.files };
}

const figure1 = templateById('figure-1')!.plan;

describe('exchange-topology unlink', () => {
  it('unlinks back to the same plan file, to stdout or to -o', async () => {
    const url = (await run(['link', 'f.json'], { 'f.json': serializePlan(figure1) })).stdout.trim();
    const printed = await run(['unlink', url]);
    expect([printed.code, printed.stdout]).toEqual([0, serializePlan(figure1)]);
    const written = await run(['unlink', url, '-o', 'back.json']);
    expect(written.files.get('back.json')).toBe(serializePlan(figure1));
    const piped = await run(['unlink', '-'], {}, `${url}\n`);
    expect(piped.stdout).toBe(serializePlan(figure1));
  });

  it('exits 2 with the reason for a bad link', async () => {
    const url = (await run(['link', 'f.json'], { 'f.json': serializePlan(figure1) })).stdout.trim();
    const cut = await run(['unlink', url.slice(0, -20)]);
    expect([cut.code, cut.stderr]).toEqual([
      2,
      'unlink: This link is damaged or incomplete (it may have been cut off by a mail or chat tool).\n',
    ]);
    expect((await run(['unlink', 'https://example.com/page'])).stderr).toMatch(
      /not an Exchange Topology Designer link/,
    );
    expect((await run(['unlink', url.replace('#plan=1.', '#plan=7.')])).stderr).toMatch(
      /newer version .*\(format 7\)/,
    );
  });
});
