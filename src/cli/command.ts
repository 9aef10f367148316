// How a subcommand is declared: its argument spec, a help page built from it, and a run function
// that only ever sees well-formed arguments. Usage errors and --help are handled here once, the
// same way for every command (exit 2 with a pointer to --help; help on stdout, exit 0).
import { optionLines, parseArgs, synopsis, type CommandSpec, type ParsedArgs } from './args.ts';
import type { CliCommand, CliIo } from './types.ts';

export const PROGRAM = 'exchange-topology';

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** The plan has at least one error finding. */
  findings: 1,
  /** Bad arguments, or an input that cannot be read or is not a valid plan. */
  usage: 2,
} as const;

export interface CommandDefinition extends CommandSpec {
  /** One line for the command list. */
  summary: string;
  /** Paragraphs after the usage line. */
  description: string;
  examples?: readonly string[];
  run: (args: ParsedArgs, io: CliIo) => number | Promise<number>;
}

/** Prints `exchange-topology NAME: message` and how to get help; returns exit code 2. */
export function usageError(io: CliIo, command: string, message: string): number {
  io.stderr(`${PROGRAM} ${command}: ${message}\nRun '${PROGRAM} ${command} --help' for usage.\n`);
  return EXIT.usage;
}

export function helpText(def: CommandDefinition): string {
  const lines = [
    `Usage: ${PROGRAM} ${synopsis(def)}`,
    '',
    def.summary,
    '',
    def.description,
    '',
    'Options:',
    ...optionLines(def),
  ];
  if (def.examples?.length) lines.push('', 'Examples:', ...def.examples.map((e) => `  ${e}`));
  return lines.join('\n') + '\n';
}

export function defineCommand(def: CommandDefinition): CliCommand {
  const help = helpText(def);
  return {
    name: def.name,
    summary: def.summary,
    help,
    run: (argv, io) => {
      const parsed = parseArgs(argv, def);
      if (!parsed.ok) return usageError(io, def.name, parsed.error);
      if (parsed.args.help) {
        io.stdout(help);
        return EXIT.ok;
      }
      return def.run(parsed.args, io);
    },
  };
}
