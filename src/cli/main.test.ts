import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { defineCommand } from './command.ts';
import { COMMANDS, main } from './main.ts';
import { memoryIo } from './memory-io.ts';

async function run(argv: string[], files: Record<string, string> = {}) {
  const io = memoryIo(files);
  const code = await main(argv, io.io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}

describe('exchange-topology', () => {
  it('registers validate, template and arrange from commands/index.ts, sorted by name', () => {
    const names = COMMANDS.map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['arrange', 'template', 'validate']));
    expect(names).toEqual([...names].sort());
  });

  it('--help, -h and help list every command with its summary', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const { code, stdout, stderr } = await run([flag]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toMatch(/^Usage: exchange-topology <command>/m);
      const lines = stdout.split('\n');
      for (const c of COMMANDS)
        expect(
          lines.some((l) => l.startsWith(`  ${c.name} `) && l.endsWith(c.summary)),
          c.name,
        ).toBe(true);
      expect(stdout).toContain('validate  Check a plan against the Exchange 2007 deployment rules');
    }
  });

  it('shows a command\'s help with --help anywhere, or as "help NAME"', async () => {
    const after = await run(['validate', 'x.json', '--help']);
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^Usage: exchange-topology validate FILE \[--json\]/);
    expect((await run(['help', 'template'])).stdout).toMatch(
      /^Usage: exchange-topology template 1\|2\|3\|empty \[-o FILE\]/,
    );
    expect((await run(['arrange', '-h'])).stdout).toMatch(
      /^Usage: exchange-topology arrange FILE \[-o FILE\]/,
    );
  });

  it('--version prints the package version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('refuses an unknown command with a suggestion, on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run(['valdate', 'plan.json']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('exchange-topology: unknown command "valdate" (did you mean "validate"?)');
    expect((await run(['help', 'nope'])).code).toBe(2);
  });

  it('refuses unknown options at the top level and in a command, exit 2', async () => {
    const top = await run(['--verbose']);
    expect([top.code, top.stderr]).toEqual([2, expect.stringContaining('unknown option --verbose')]);
    const sub = await run(['validate', 'plan.json', '--jsn']);
    expect(sub.code).toBe(2);
    expect(sub.stderr).toBe(
      "exchange-topology validate: unknown option --jsn (did you mean --json?)\nRun 'exchange-topology validate --help' for usage.\n",
    );
    const missing = await run(['validate']);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('validate: missing FILE')]);
  });

  it('with no arguments prints the command list on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await run([]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('Commands:');
  });

  it('turns a crash inside a command into one line on stderr, exit 2', async () => {
    const crash = () => {
      throw new Error('disk on fire');
    };
    const boom = defineCommand({
      name: 'boom',
      summary: 'Fails',
      description: '',
      positionals: [],
      options: [],
      run: crash,
    });
    const io = memoryIo();
    expect(await main(['boom'], io.io, [boom])).toBe(2);
    expect(io.stderr).toBe('exchange-topology boom: disk on fire\n');
  });
});
