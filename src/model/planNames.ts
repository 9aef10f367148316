// Names of plans in the user's library: a second copy of "Figure 1" is "Figure 1 (2)", as a file
// manager names a second copy, so two plans in the list never look the same.
const MAX_PLAN_NAME = 120;

/** `name`, or `name (2)`, `name (3)`, ... : the first that no plan in `taken` has. */
export function uniquePlanName(name: string, taken: Iterable<string>): string {
  const names = new Set(taken);
  if (!names.has(name)) return name;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = `${name.slice(0, MAX_PLAN_NAME - suffix.length)}${suffix}`;
    if (!names.has(candidate)) return candidate;
  }
}
