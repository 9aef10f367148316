// One CLI subcommand: its name, its help text, and a run function that returns the exit code.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file as UTF-8 text (or bytes with binary); throws with a readable message. */
  readFile: (path: string) => string;
  readBytes: (path: string) => Uint8Array;
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
