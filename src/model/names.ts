// The text rules of values that reach Setup.com and the Exchange Management Shell: Windows computer
// (NetBIOS) names, the organization name, site names and the SCC data path. Shared by the rules,
// the inspector's as-you-type checks and the deploy module, which prints only values that pass.
const NAME = /^[A-Za-z0-9-]{1,15}$/;

/** Why a computer name is not valid, or undefined when it is. */
export function computerNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'A computer name cannot be empty.';
  if (name.length > 15) return `A computer name is at most 15 characters (this one has ${name.length}).`;
  if (!NAME.test(name)) return 'A computer name may hold only letters, digits and hyphens.';
  if (/^\d+$/.test(name)) return 'A computer name cannot be digits only.';
  return undefined;
}

export const ORGANIZATION_NAME_MAX = 64;

/** Why Setup refuses an organization name (a phrase after "The organization name"), or undefined. */
export function organizationNameProblem(name: string): string | undefined {
  if (name.length === 0) return 'is empty';
  if (name.length > ORGANIZATION_NAME_MAX)
    return `has ${name.length} characters, more than the ${ORGANIZATION_NAME_MAX} Setup allows`;
  if (/[^A-Za-z0-9 -]/.test(name))
    return 'holds characters other than the letters A-Z, digits, hyphens and spaces';
  if (name.startsWith(' ') || name.endsWith(' ')) return 'begins or ends with a space';
  return undefined;
}

/**
 * Control characters (line breaks, tabs) and the invisible marks that reorder text on screen: no
 * command line can carry the first, and the second would make a printed command read differently
 * from what it runs.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

/** Why a site name cannot stand in a command (a phrase after "The site name"), or undefined. */
export function siteNameProblem(name: string): string | undefined {
  return UNPRINTABLE.test(name)
    ? 'holds a control character (a line break or a tab) or an invisible text-direction mark'
    : undefined;
}

const DRIVE_PATH = /^[A-Za-z]:\\/;

/** Why Setup.com /CMSDataPath cannot be given this path (a phrase after "The data path"), or undefined. */
export function dataPathProblem(path: string): string | undefined {
  if (UNPRINTABLE.test(path))
    return 'holds a control character (a line break or a tab) or an invisible text-direction mark';
  const bad = /["<>|?*%!]/.exec(path) ?? /:/.exec(path.slice(2));
  if (bad) return `holds the character ${bad[0]}`;
  if (!DRIVE_PATH.test(path)) return 'is not an absolute path with a drive letter';
  return undefined;
}
