// Names, part 2: the organization name and site names, text that Setup.com and the Exchange
// Management Shell are given as it is. A value that fails here is never printed in a command.
import { organizationNameProblem, siteNameProblem } from '../model/names.ts';
import { family } from './define.ts';
import type { Finding } from './types.ts';
import { nameOf } from './words.ts';

const rule = family('Names');

export const orgNameInvalid = rule(
  {
    id: 'org-name-invalid',
    severity: 'error',
    title: 'The organization name is one Setup accepts',
    why: 'Setup refuses an organization name that is not 1 to 64 characters of the letters A-Z, digits 0-9, hyphens and spaces, or that begins or ends with a space.',
    sources: ['ORGNAME'],
    fix: 'Rename the organization with 1 to 64 letters, digits, hyphens and spaces.',
  },
  (ix, found) => {
    const name = ix.plan.organizationName;
    const problem = name === undefined ? undefined : organizationNameProblem(name);
    if (problem === undefined) return [];
    return [
      found(
        [],
        `The organization name ${problem}, so Setup refuses it. Use 1 to 64 letters A-Z, digits, hyphens and spaces, not beginning or ending with a space.`,
      ),
    ];
  },
);

// Beyond rules.md (docs/rules.md lists it as an addition): a site's name goes into New-EdgeSubscription -Site.
export const siteNameInvalid = rule(
  {
    id: 'site-name-invalid',
    severity: 'error',
    title: 'Site names hold no control characters',
    why: 'A site name is given to the Exchange Management Shell as it is (New-EdgeSubscription -Site). A line break or a tab cannot stand in a command line, and invisible text-direction marks make a printed command read differently from what it runs.',
    sources: ['CMDLINE'],
    fix: 'Rename the site without line breaks, tabs or text-direction marks.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const site of ix.plan.sites) {
      const problem = siteNameProblem(site.name);
      if (problem !== undefined)
        out.push(
          found(
            [site.id],
            `The name of site ${nameOf(site.name)} ${problem}. No command line can carry it: rename the site.`,
          ),
        );
    }
    return out;
  },
);

export const TEXT_VALUE_RULES = [orgNameInvalid, siteNameInvalid];
