// As-you-type checks of the inspector's text fields: each turns what the user typed into the value
// to store, or says why it cannot be stored. Pure, so they are unit-tested without a browser.
import { isolate } from '../../model/bidi.ts';
import {
  clusterSchema,
  computerNameProblem,
  dataPathProblem,
  organizationNameProblem,
  siteNameProblem,
  type Plan,
} from '../../model/index.ts';
import type { Parsed } from './planName.ts';

export { PLAN_NAME_MAX, parsePlanName, type Parsed } from './planName.ts';

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

/** Empty clears the organization name; anything else is stored (a name Setup refuses is a finding). */
export function parseOrganizationName(text: string): Parsed<string | undefined> {
  return ok(text.trim() || undefined);
}

/** What org-name-invalid will say about the name, shown under the field as you type. */
export function organizationNameWarning(text: string): string | undefined {
  const name = text.trim();
  const problem = name ? organizationNameProblem(name) : undefined;
  return problem && `The organization name ${problem}: Setup refuses it (org-name-invalid).`;
}

/** What site-name-invalid will say about a site name. */
export function siteNameWarning(text: string): string | undefined {
  const problem = siteNameProblem(text.trim());
  return problem && `The site name ${problem} (site-name-invalid).`;
}

/** What cms-data-path will say about an SCC data path. */
export function dataPathWarning(text: string): string | undefined {
  const path = text.trim();
  const problem = path ? dataPathProblem(path) : undefined;
  return problem && `The data path ${problem}: Setup.com /CMSDataPath cannot be given it (cms-data-path).`;
}

/** Any non-empty display name (sites, infrastructure other than domain controllers). */
export function parseName(text: string): Parsed<string> {
  const name = text.trim();
  return name ? ok(name) : fail('A name cannot be empty.');
}

export const COMPUTER_NAME_HINT = 'Computer (NetBIOS) name: up to 15 letters, digits and hyphens.';

/** A computer name: valid for Setup and not already used by another server, cluster or DC. */
export function parseComputerName(text: string, others: readonly string[]): Parsed<string> {
  const name = text.trim();
  const problem = computerNameProblem(name);
  if (problem) return fail(problem);
  const upper = name.toUpperCase();
  if (others.some((other) => other.toUpperCase() === upper))
    return fail(`${isolate(name)} is already the name of another server, cluster or domain controller.`);
  return ok(name);
}

/** Computer names of every server, cluster and domain controller except `exceptId`. */
export function otherComputerNames(plan: Plan, exceptId: string): string[] {
  const names: string[] = [];
  for (const s of plan.servers) if (s.id !== exceptId) names.push(s.name);
  for (const c of plan.clusters) if (c.id !== exceptId) names.push(c.name);
  for (const i of plan.infrastructure)
    if (i.kind === 'domain-controller' && i.id !== exceptId) names.push(i.name);
  return names;
}

/** Empty clears the address; otherwise the plan format's own IPv4 check. */
export function parseIpv4(text: string): Parsed<string | undefined> {
  const address = text.trim();
  if (!address) return ok(undefined);
  if (!clusterSchema.shape.ipAddress.safeParse(address).success)
    return fail('Enter an IPv4 address such as 10.0.0.50 (four numbers from 0 to 255, no leading zeros).');
  return ok(address);
}

/** Empty clears the field; otherwise a whole number of at least `min`. */
export function parseCount(text: string, min: number): Parsed<number | undefined> {
  const digits = text.trim();
  if (!digits) return ok(undefined);
  const n = /^\d+$/.test(digits) ? Number(digits) : NaN;
  if (!Number.isSafeInteger(n) || n < min)
    return fail(`Enter a whole number of ${min} or more, or leave it empty.`);
  return ok(n);
}

/** Optional free text, such as an SCC data path: empty clears it. */
export function parseOptionalText(text: string): Parsed<string | undefined> {
  const value = text.trim();
  return ok(value || undefined);
}
