// The largest plan the designer opens, and the largest file it reads, wherever the plan comes from
// (link, file, autosave, command line). The canvas is built to stay usable up to 5,000 servers, so
// that is the limit; checking a plan that size takes a fraction of a second (in a worker, in the
// browser). The README's "Limits" section lists them and what happens at each.
import type { PlanIssue } from './parse.ts';
import type { Plan } from './schema.ts';

/** Servers in one plan. */
export const MAX_SERVERS = 5_000;
/** Sites, servers, clusters, infrastructure items and links together. */
export const MAX_ITEMS = 20_000;
/** A plan's JSON text in UTF-8 (a realistic 5,000-server plan is about 1 MB). */
export const MAX_PLAN_BYTES = 5_000_000;
/** Any file read for a plan: JSON, or an exported SVG or PNG that carries one (a 5,000-server SVG is about 7 MB). */
export const MAX_FILE_BYTES = 32_000_000;
/** A share link, all of it (a 5,000-server plan makes a link of about 100,000 characters). */
export const MAX_LINK_CHARS = 2_000_000;

const ITEM_LISTS = ['sites', 'servers', 'clusters', 'infrastructure', 'links'] as const;

/**
 * 12,345. Whole numbers without Intl: the first toLocaleString of a page sets up ICU (24 ms in
 * Chromium), which fell on the drop that first showed a findings group.
 */
export const formatCount = (n: number) =>
  Number.isSafeInteger(n) && !Object.is(n, -0) ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : n.toLocaleString('en-US');

/** "8 MB" for the limits (decimal megabytes, as file managers show them), "8,000,001 bytes" for sizes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000 && bytes % 1_000_000 === 0) return `${bytes / 1_000_000} MB`;
  return `${formatCount(bytes)} bytes`;
}

/** The message for a plan text that is too long, naming both numbers. */
export const tooManyBytes = (bytes: number | string) =>
  `the plan is ${typeof bytes === 'number' ? formatBytes(bytes) : bytes}; a plan may be at most ${formatBytes(MAX_PLAN_BYTES)} of JSON`;

/** Why a parsed but unchecked document is too large to open, or undefined. Counts only: cheap on any input. */
export function sizeIssue(doc: Record<string, unknown>): PlanIssue | undefined {
  const servers = Array.isArray(doc.servers) ? doc.servers.length : 0;
  if (servers > MAX_SERVERS)
    return {
      path: 'servers',
      message: `the plan has ${formatCount(servers)} servers; a plan may have at most ${formatCount(MAX_SERVERS)}`,
    };
  let items = 0;
  for (const list of ITEM_LISTS) {
    const value = doc[list];
    if (Array.isArray(value)) items += value.length;
  }
  const layout = doc.layout;
  const positions = layout !== null && typeof layout === 'object' ? Object.keys(layout).length : 0;
  if (items > MAX_ITEMS || positions > MAX_ITEMS)
    return {
      path: '',
      message: `the plan has ${formatCount(Math.max(items, positions))} items (sites, servers, clusters, infrastructure and links); a plan may have at most ${formatCount(MAX_ITEMS)}`,
    };
  return undefined;
}

const itemCount = (plan: Plan) =>
  plan.sites.length + plan.servers.length + plan.clusters.length + plan.infrastructure.length + plan.links.length;

/**
 * Why an edit may not grow the plan this far, or undefined: a plan past the limits would be saved
 * but refused when it is next opened, so the edit that crosses them is refused instead.
 */
export function growthProblem(before: Plan, after: Plan): string | undefined {
  const servers = after.servers.length;
  if (servers > MAX_SERVERS && servers > before.servers.length)
    return `This would make ${formatCount(servers)} servers; a plan may have at most ${formatCount(MAX_SERVERS)}. Nothing was changed.`;
  const items = itemCount(after);
  if (items > MAX_ITEMS && items > itemCount(before))
    return `This would make ${formatCount(items)} items; a plan may have at most ${formatCount(MAX_ITEMS)} (sites, servers, clusters, infrastructure and links). Nothing was changed.`;
  return undefined;
}

/** UTF-8 length of a string without encoding it. */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) bytes += 1;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 2; // a pair: 4 bytes for 2 code units
        i++;
        continue;
      }
      bytes += 2;
    } else bytes += 2;
  }
  return bytes;
}
