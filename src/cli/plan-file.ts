// Reading and writing plan files for every command: one place that turns "cannot read" and
// "not a valid plan" into stderr lines naming the file and the path inside it, e.g.
// `plan.json: servers[2].site: no site with id "hq2"`.
import { formatIssue, parsePlan } from '../model/parse.ts';
import { decodePlanText, leadingCharacter } from '../model/planText.ts';
import type { Plan } from '../model/schema.ts';
import { readPlanFile } from '../share/embed.ts';
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
  // Not JSON: an SVG, PNG, Visio or draw.io file we exported, which carries its plan.
  if (leadingCharacter(bytes) !== '{') {
    const file = readPlanFile(name, bytes);
    if (file.ok) return file.plan;
    io.stderr(`${file.message}\n`);
    return undefined;
  }
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

/** Writes text or bytes to a file, or to stdout when no file (or "-") is given. False if it failed (reported). */
export function writeOutput(io: CliIo, path: string | undefined, data: string | Uint8Array): boolean {
  if ((path === undefined || path === '-') && typeof data === 'string') {
    io.stdout(data);
    return true;
  }
  try {
    io.writeFile(path ?? '-', data);
    return true;
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return false;
  }
}
