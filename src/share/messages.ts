// What the user reads when a link or a file cannot be opened: one place, so the link decoder, the
// file importer, the CLI and the UI all say the same thing.
import { formatBytes, formatCount, MAX_FILE_BYTES, MAX_LINK_CHARS, MAX_PLAN_BYTES } from '../model/limits.ts';
import { isolate } from '../model/bidi.ts';
import { formatIssue, type PlanIssue } from '../model/parse.ts';

export const LINK_DAMAGED =
  'This link is damaged or incomplete (it may have been cut off by a mail or chat tool).';
export const LINK_FOREIGN = 'This is not an Exchange Topology Designer link.';
export const LINK_TOO_LARGE = `This link holds more than ${formatBytes(MAX_PLAN_BYTES)} of plan JSON; a plan may be at most ${formatBytes(MAX_PLAN_BYTES)}.`;
export const linkTooLong = (chars: number) =>
  `This link is ${formatCount(chars)} characters long; a plan link may be at most ${formatCount(MAX_LINK_CHARS)} characters.`;
export const PNG_TOO_LARGE = `This PNG carries more than ${formatBytes(MAX_PLAN_BYTES)} of plan JSON; a plan may be at most ${formatBytes(MAX_PLAN_BYTES)}.`;
export const LINK_WARN_LENGTH = 2000;

export const newerLinkFormat = (format: number) =>
  `This link was made by a newer version of Exchange Topology Designer (format ${format}); update the tool to open it.`;

export const longLinkWarning = (length: number) =>
  `This link is ${length.toLocaleString('en-US')} characters long; some mail and chat tools cut links longer than ` +
  `${LINK_WARN_LENGTH.toLocaleString('en-US')} characters. Export the plan as a file to share it safely.`;

export const FOREIGN_PNG = 'This PNG was not exported by Exchange Topology Designer, so it carries no plan.';
export const FOREIGN_SVG = 'This SVG was not exported by Exchange Topology Designer, so it carries no plan.';
export const DAMAGED_PNG = 'This PNG is damaged or incomplete, so its plan cannot be read.';
export const DAMAGED_SVG = 'This SVG is damaged or incomplete (its plan is cut off), so its plan cannot be read.';
export const FOREIGN_VSDX = 'This Visio file was not exported by Exchange Topology Designer, so it carries no plan.';
export const DAMAGED_VSDX = 'This Visio file is damaged or incomplete, so its plan cannot be read.';
export const TOO_LARGE_VSDX = `This Visio file unpacks to more than ${formatBytes(8 * MAX_PLAN_BYTES)} in one part (a plan may be at most ${formatBytes(MAX_PLAN_BYTES)}, and its drawing fits well within that), so it was not opened.`;
export const FOREIGN_DRAWIO = 'This draw.io file was not exported by Exchange Topology Designer, so it carries no plan.';
export const TOO_LARGE_DRAWIO = `This draw.io file has a page that unpacks to more than ${formatBytes(8 * MAX_PLAN_BYTES)} (a plan may be at most ${formatBytes(MAX_PLAN_BYTES)}), so it was not opened.`;
export const DAMAGED_DRAWIO = 'This draw.io file is damaged or incomplete, so its plan cannot be read.';

/** A file's name as messages quote it: in quotes, set off from the sentence (a name may hold U+202E). */
export const fileName = (name: string) => `"${isolate(name)}"`;

export const unknownFile = (name: string) =>
  `${fileName(name)} is not a plan. Exchange Topology Designer opens plan JSON files and the SVG, PNG, Visio (.vsdx) and draw.io files it exported.`;

export const fileTooLarge = (name: string, bytes: number) =>
  `${fileName(name)} is ${formatBytes(bytes)}; a plan file (JSON, or an SVG, PNG, Visio or draw.io file exported by the designer) may be at most ${formatBytes(MAX_FILE_BYTES)}.`;

export const brokenJson = (name: string, detail: string) =>
  `${fileName(name)} is not valid JSON (${detail}); it may be damaged or incomplete.`;

/** The version number named by a "newer than this tool reads" issue from parsePlan, if that is the problem. */
export function newerPlanVersion(errors: readonly PlanIssue[]): number | undefined {
  const issue = errors.find((e) => e.path === 'version' && /newer than this tool/.test(e.message));
  const match = issue?.message.match(/format version (\d+)/);
  return match ? Number(match[1]) : undefined;
}

/** A plan that parsed as JSON but not as a plan: the first problems, with their paths. */
export function invalidPlan(source: string, errors: readonly PlanIssue[]): string {
  const shown = errors.slice(0, 3).map(formatIssue);
  const more = errors.length > shown.length ? ` (and ${errors.length - shown.length} more)` : '';
  return `${source} holds a plan that cannot be opened: ${shown.join('; ')}${more}.`;
}

export const newerPlan = (source: string, version: number) =>
  `${source} was made by a newer version of Exchange Topology Designer (plan format ${version}); update the tool to open it.`;
