import { describe, expect, it } from 'vitest';
import { plan } from '../../model/builder.ts';
import { serializePlan } from '../../model/serialize.ts';
import { decodePlanLink } from '../../share/link.ts';
import { templateById } from '../../templates/index.ts';
import { main } from '../main.ts';
import { memoryIo } from '../memory-io.ts';

async function run(argv: string[], files: Record<string, string> = {}, stdin?: string) {
  const io = memoryIo(files, stdin);
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr, files: io.files };
}

const figure1 = templateById('figure-1')!.plan;

describe('exchange-topology link', () => {
  it('prints a share URL on stdout and its length on stderr', async () => {
    const { code, stdout, stderr } = await run(['link', 'f.json'], { 'f.json': serializePlan(figure1) });
    expect(code).toBe(0);
    expect(stdout).toMatch(/^http:\/\/localhost:5173\/#plan=1\.[\w-]+\n$/);
    expect(stderr).toBe(`Link length: ${(stdout.length - 1).toLocaleString('en-US')} characters\n`);
    expect(decodePlanLink(stdout.trim())).toEqual({ ok: true, plan: figure1 });
  });

  it('uses --base, and warns when the link is long', async () => {
    let big = plan('Big').site('hq');
    for (let i = 0; i < 120; i++)
      big = big.server(`EX${String(i).padStart(3, '0')}-${Math.sin(i).toString(36).slice(2, 9)}`, [
        'Mailbox',
      ]);
    const { stdout, stderr } = await run(['link', 'big.json', '--base', 'https://designer.example/'], {
      'big.json': serializePlan(big.build()),
    });
    expect(stdout.startsWith('https://designer.example/#plan=1.')).toBe(true);
    expect(stderr).toMatch(
      /^Link length: [\d,]+ characters\nWarning: This link is [\d,]+ characters long; some mail and chat tools cut links longer than 2,000/,
    );
  });
});
