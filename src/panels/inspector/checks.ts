// As-you-type checks of the inspector's text fields: each turns what the user typed into the value
// to store, or says why it cannot be stored. Pure, so they are unit-tested without a browser.
import { isolate } from '../../model/bidi.ts';
import { clusterSchema, computerNameProblem, type Plan } from '../../model/index.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

export const PLAN_NAME_MAX = 120;
export const ORGANIZATION_NAME_MAX = 64;

export function parsePlanName(text: string): Parsed<string> {
  const name = text.trim();
  if (!name) return fail('The plan name cannot be empty.');
  if (name.length > PLAN_NAME_MAX)
    return fail(`The plan name is at most ${PLAN_NAME_MAX} characters (this one has ${name.length}).`);
  return ok(name);
}

/** Empty clears the organization name; longer than Setup allows cannot be stored. */
export function parseOrganizationName(text: string): Parsed<string | undefined> {
  const name = text.trim();
  if (!name) return ok(undefined);
  if (name.length > ORGANIZATION_NAME_MAX)
    return fail(
      `An organization name is at most ${ORGANIZATION_NAME_MAX} characters (this one has ${name.length}).`,
    );
  return ok(name);
}

/** A name Setup would refuse, though the plan may still record it. */
export function organizationNameWarning(text: string): string | undefined {
  if (/[^A-Za-z0-9 -]/.test(text.trim()))
    return "Setup's /OrganizationName accepts only letters, digits, spaces and hyphens.";
  return undefined;
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
