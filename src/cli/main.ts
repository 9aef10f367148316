// exchange-topology: the command-line entry point. Dispatches to the subcommands exported by
// commands/index.ts; everything it prints goes through a CliIo, so tests run it in-process.
import pkg from '../../package.json' with { type: 'json' };
import { asksForHelp } from './args.ts';
import { EXIT, PROGRAM } from './command.ts';
import * as registered from './commands/index.ts';
import { nodeIo } from './io.ts';
import { closest } from './suggest.ts';
import type { CliCommand, CliIo } from './types.ts';

function isCommand(value: unknown): value is CliCommand {
  const c = value as CliCommand;
  return (
    typeof c === 'object' &&
    c !== null &&
    typeof c.name === 'string' &&
    typeof c.run === 'function' &&
    typeof c.help === 'string'
  );
}

/** Every registered subcommand, by name. */
export const COMMANDS: readonly CliCommand[] = Object.values(registered as Record<string, unknown>)
  .filter(isCommand)
  .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

export function topLevelHelp(commands: readonly CliCommand[]): string {
  const width = Math.max(0, ...commands.map((c) => c.name.length));
  return [
    `${PROGRAM} ${pkg.version}: plan and check Microsoft Exchange Server 2007 deployments.`,
    '',
    `Usage: ${PROGRAM} <command> [arguments] [options]`,
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    "  -h, --help     Show this help; after a command, that command's help",
    '      --version  Show the version',
    '',
    'A FILE argument of "-" means standard input.',
    'Exit status: 0 success; 1 the plan has error findings (validate); 2 a usage error,',
    'or a file that cannot be read or is not a valid plan.',
    '',
  ].join('\n');
}

function fail(io: CliIo, message: string): number {
  io.stderr(`${PROGRAM}: ${message}\nRun '${PROGRAM} --help' to list the commands.\n`);
  return EXIT.usage;
}

export async function main(
  argv: readonly string[],
  io: CliIo,
  commands: readonly CliCommand[] = COMMANDS,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr(topLevelHelp(commands));
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h' || first === 'help') {
    const topic = first === 'help' ? rest[0] : undefined;
    const command = topic === undefined ? undefined : commands.find((c) => c.name === topic);
    if (topic !== undefined && !command) return fail(io, `unknown command ${JSON.stringify(topic)}`);
    io.stdout(command ? command.help : topLevelHelp(commands));
    return EXIT.ok;
  }
  if (first === '--version') {
    io.stdout(`${pkg.version}\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) return fail(io, `unknown option ${first}`);

  const command = commands.find((c) => c.name === first);
  if (!command) {
    const guess = closest(
      first,
      commands.map((c) => c.name),
    );
    return fail(
      io,
      `unknown command ${JSON.stringify(first)}${guess ? ` (did you mean ${JSON.stringify(guess)}?)` : ''}`,
    );
  }
  if (asksForHelp(rest)) {
    io.stdout(command.help);
    return EXIT.ok;
  }
  try {
    return await command.run([...rest], io);
  } catch (e) {
    io.stderr(`${PROGRAM} ${command.name}: ${(e as Error)?.message ?? String(e)}\n`);
    return EXIT.usage;
  }
}

/** For bin/exchange-topology.mjs: real files and streams, and the process's exit status. */
export async function runCli(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  // A reader that closes early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.exitCode = await main(argv, nodeIo());
}
