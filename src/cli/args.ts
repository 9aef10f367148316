// The one argument parser of every subcommand. A command declares its options and positionals
// once (CommandSpec); parsing, "did you mean", and the usage line in --help all come from that
// declaration, so the help text cannot drift from what the parser accepts.
import { closest } from './suggest.ts';

export interface OptionSpec {
  /** Long name without dashes: 'json' for --json. */
  name: string;
  /** One-letter alias without the dash: 'o' for -o. */
  short?: string;
  /** Placeholder of the value the option takes ('FILE'); absent for a switch. */
  value?: string;
  description: string;
}

export interface CommandSpec {
  name: string;
  /** Positional arguments, in order, by their help names: ['FILE']. */
  positionals: readonly string[];
  /** How many of the trailing positionals may be left out (default 0). */
  optional?: number;
  options: readonly OptionSpec[];
}

export interface ParsedArgs {
  positionals: string[];
  /** By long name: true for a switch that was given, the text for an option with a value. */
  options: Record<string, string | true>;
  /** -h or --help was given: show help and ignore everything else. */
  help: boolean;
}

export type ParseOutcome = { ok: true; args: ParsedArgs } | { ok: false; error: string };

const HELP: OptionSpec = { name: 'help', short: 'h', description: 'Show this help' };

export function isHelpFlag(arg: string): boolean {
  return arg === '-h' || arg === '--help';
}

/** -h or --help anywhere before a "--" (after it, everything is a positional). */
export function asksForHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).some(isHelpFlag);
}

function findOption(spec: CommandSpec, flag: string): OptionSpec | undefined {
  const all = [...spec.options, HELP];
  if (flag.startsWith('--')) return all.find((o) => o.name === flag.slice(2));
  return all.find((o) => o.short !== undefined && o.short === flag.slice(1));
}

function unknownOption(spec: CommandSpec, flag: string): string {
  const names = [...spec.options, HELP].flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])]);
  const guess = closest(flag, names);
  return `unknown option ${flag}${guess ? ` (did you mean ${guess}?)` : ''}`;
}

export function parseArgs(argv: readonly string[], spec: CommandSpec): ParseOutcome {
  const args: ParsedArgs = { positionals: [], options: {}, help: false };
  if (asksForHelp(argv)) return { ok: true, args: { ...args, help: true } };
  let onlyPositionals = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    // "-" is a positional: standard input or output.
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      args.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = eq > 0 ? arg.slice(0, eq) : arg;
    const option = findOption(spec, flag);
    if (!option) return { ok: false, error: unknownOption(spec, flag) };
    if (option.name in args.options) return { ok: false, error: `option --${option.name} is given twice` };
    if (option.value === undefined) {
      if (eq > 0) return { ok: false, error: `option --${option.name} takes no value` };
      args.options[option.name] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === '')
      return { ok: false, error: `option ${flag} needs a value (${option.value})` };
    args.options[option.name] = value;
  }
  const required = spec.positionals.length - (spec.optional ?? 0);
  if (args.positionals.length < required)
    return { ok: false, error: `missing ${spec.positionals[args.positionals.length]}` };
  if (args.positionals.length > spec.positionals.length)
    return {
      ok: false,
      error: `unexpected argument ${JSON.stringify(args.positionals[spec.positionals.length])}`,
    };
  return { ok: true, args };
}

/** `validate FILE [--json]`: the synopsis shown in help and usage errors. */
export function synopsis(spec: CommandSpec): string {
  const required = spec.positionals.length - (spec.optional ?? 0);
  const positionals = spec.positionals.map((p, i) => (i < required ? p : `[${p}]`));
  const options = spec.options.map((o) => {
    const flag = o.short ? `-${o.short}` : `--${o.name}`;
    return `[${flag}${o.value ? ` ${o.value}` : ''}]`;
  });
  return [spec.name, ...positionals, ...options].join(' ');
}

/** The option list of a help page, aligned. */
export function optionLines(spec: CommandSpec): string[] {
  const rows = [...spec.options, HELP].map((o) => {
    const flags = `${o.short ? `-${o.short}, ` : '    '}--${o.name}${o.value ? ` ${o.value}` : ''}`;
    return [flags, o.description] as const;
  });
  const width = Math.max(...rows.map(([flags]) => flags.length));
  return rows.map(([flags, text]) => `  ${flags.padEnd(width)}  ${text}`);
}
