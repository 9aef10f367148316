import { describe, expect, it } from 'vitest';
import { optionLines, parseArgs, synopsis, type CommandSpec } from './args.ts';
import { closest } from './suggest.ts';

const spec: CommandSpec = {
  name: 'render',
  positionals: ['FILE', 'OUT'],
  optional: 1,
  options: [
    { name: 'json', description: 'JSON output' },
    { name: 'output', short: 'o', value: 'FILE', description: 'Write to FILE' },
  ],
};

const ok = (argv: string[]) => {
  const result = parseArgs(argv, spec);
  if (!result.ok) throw new Error(result.error);
  return result.args;
};
const error = (argv: string[]) => {
  const result = parseArgs(argv, spec);
  return result.ok ? undefined : result.error;
};

describe('parseArgs', () => {
  it('reads switches, options with values in every spelling, and positionals in order', () => {
    expect(ok(['plan.json', '--json', '-o', 'a.svg'])).toEqual({
      positionals: ['plan.json'],
      options: { json: true, output: 'a.svg' },
      help: false,
    });
    expect(ok(['--output=b.svg', 'plan.json', 'x']).options.output).toBe('b.svg');
    expect(ok(['--output', 'c.svg', 'plan.json']).positionals).toEqual(['plan.json']);
  });

  it('treats "-" as a positional (stdin) and everything after "--" as positionals', () => {
    expect(ok(['-', '-o', '-']).positionals).toEqual(['-']);
    expect(ok(['--', '--json', '-h']).positionals).toEqual(['--json', '-h']);
  });

  it('reports unknown options, with the nearest known one', () => {
    expect(error(['plan.json', '--jsn'])).toBe('unknown option --jsn (did you mean --json?)');
    expect(error(['plan.json', '--zzzzzz'])).toBe('unknown option --zzzzzz');
    expect(error(['plan.json', '-x'])).toMatch(/^unknown option -x/);
  });

  it('reports a missing value, a value on a switch, and an option given twice', () => {
    expect(error(['plan.json', '-o'])).toBe('option -o needs a value (FILE)');
    expect(error(['plan.json', '--json=yes'])).toBe('option --json takes no value');
    expect(error(['plan.json', '--json', '--json'])).toBe('option --json is given twice');
  });

  it('checks the number of positionals', () => {
    expect(error([])).toBe('missing FILE');
    expect(error(['a', 'b', 'c'])).toBe('unexpected argument "c"');
  });

  it('lets --help or -h win over anything else, except after "--"', () => {
    expect(ok(['--bogus', '-h']).help).toBe(true);
    expect(ok(['--help']).help).toBe(true);
    expect(ok(['a', '--', '-h']).help).toBe(false);
  });

  it('builds the synopsis and option list from the same spec', () => {
    expect(synopsis(spec)).toBe('render FILE [OUT] [--json] [-o FILE]');
    expect(optionLines(spec)).toEqual([
      '      --json         JSON output',
      '  -o, --output FILE  Write to FILE',
      '  -h, --help         Show this help',
    ]);
  });
});

describe('closest', () => {
  it('suggests within two edits or by prefix, and nothing for unrelated words', () => {
    expect(closest('valdate', ['validate', 'template'])).toBe('validate');
    expect(closest('temp', ['validate', 'template'])).toBe('template');
    expect(closest('deploy', ['validate', 'template'])).toBeUndefined();
  });
});
