// Windows computer (NetBIOS) names, as Exchange 2007 Setup needs them: 1-15 letters, digits and
// hyphens, not digits only. Shared by the name rules and the inspector's as-you-type check.
const NAME = /^[A-Za-z0-9-]{1,15}$/;

/** Why a computer name is not valid, or undefined when it is. */
export function computerNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'A computer name cannot be empty.';
  if (name.length > 15) return `A computer name is at most 15 characters (this one has ${name.length}).`;
  if (!NAME.test(name)) return 'A computer name may hold only letters, digits and hyphens.';
  if (/^\d+$/.test(name)) return 'A computer name cannot be digits only.';
  return undefined;
}
