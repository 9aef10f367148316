// Reading and writing plan files for every command: one place that turns "cannot read" and
// "not a valid plan" into stderr lines naming the file and the path inside it, e.g.
// `plan.json: servers[2].site: no site with id "hq2"`.
import { formatIssue, parsePlan } from '../model/parse.ts';
import { decodePlanText } from '../model/planText.ts';
import type { Plan } from '../model/schema.ts';
import type { CliIo } from './types.ts';

/** How a file is named in messages: as the user typed it, or <stdin> for "-". */
export function displayName(path: string): string {
  return path === '-' ? '<stdin>' : path;
}

/**
 * Reads and parses a plan. On failure prints one line per problem to stderr and returns
 * undefined: the caller exits with EXIT.usage (2).
 */
export function loadPlan(io: CliIo, path: string): Plan | undefined {
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return undefined;
  }
  const name = displayName(path);
  // The same bytes-to-text rules as the designer's file import: BOM accepted, UTF-16 named.
  const text = decodePlanText(bytes);
  if (!text.ok) {
    io.stderr(`${name}: ${text.message}\n`);
    return undefined;
  }
  const result = parsePlan(text.text);
  if (result.ok) return result.plan;
  io.stderr(result.errors.map((issue) => `${name}: ${formatIssue(issue)}\n`).join(''));
  return undefined;
}

/** Writes text to a file, or to stdout when no file (or "-") is given. False if it failed (reported). */
export function writeOutput(io: CliIo, path: string | undefined, text: string): boolean {
  if (path === undefined || path === '-') {
    io.stdout(text);
    return true;
  }
  try {
    io.writeFile(path, text);
    return true;
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return false;
  }
}
