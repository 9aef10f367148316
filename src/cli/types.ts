// One CLI subcommand: its name, its help text, and a run function that returns the exit code.
export interface CliIo {
  /** Writes the text as given, like process.stdout.write: end lines with "\n" yourself. */
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /**
   * Reads a file as UTF-8 text (or bytes with readBytes); the path "-" is standard input.
   * Throws an Error whose message names the file: `plan.json: cannot read (no such file or directory)`.
   */
  readFile: (path: string) => string;
  readBytes: (path: string) => Uint8Array;
  /** Writes a file (the path "-" is standard output); throws like readFile. */
  writeFile: (path: string, data: string | Uint8Array) => void;
  cwd: string;
}

export interface CliCommand {
  name: string;
  /** One line for the command list. */
  summary: string;
  /** Full help, shown by `exchange-topology NAME --help`. */
  help: string;
  run: (args: string[], io: CliIo) => number | Promise<number>;
}
