// The plan name's as-you-type check, apart from the inspector's other checks (checks.ts): the top
// bar's name field uses it in the first paint, the rest only load with the inspector.

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

export const PLAN_NAME_MAX = 120;

export function parsePlanName(text: string): Parsed<string> {
  const name = text.trim();
  if (!name) return { ok: false, problem: 'The plan name cannot be empty.' };
  if (name.length > PLAN_NAME_MAX)
    return { ok: false, problem: `The plan name is at most ${PLAN_NAME_MAX} characters (this one has ${name.length}).` };
  return { ok: true, value: name };
}
