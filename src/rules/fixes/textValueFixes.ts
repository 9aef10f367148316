// Quick fixes for the organization and site names: the same text with what Setup or a command line
// cannot take left out, when something readable remains.
import { updatePlan, updateSite } from '../../model/edits.ts';
import { organizationNameProblem, ORGANIZATION_NAME_MAX, siteNameProblem } from '../../model/names.ts';
import type { FixMaker } from '../fixes.ts';

/** Letters A-Z, digits, hyphens and single spaces, trimmed and cut to 64 characters. */
export function cleanOrganizationName(name: string): string {
  return name
    .replace(/[^A-Za-z0-9 -]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim()
    .slice(0, ORGANIZATION_NAME_MAX)
    .trim();
}

/** Control characters become spaces; invisible direction marks go. */
export function cleanSiteName(name: string): string {
  return (
    name
      .replace(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
      .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
      .replace(/ {2,}/g, ' ')
      .trim()
  );
}

export const TEXT_VALUE_FIXES: Record<string, FixMaker> = {
  'org-name-invalid': (ix) => {
    const cleaned = cleanOrganizationName(ix.plan.organizationName ?? '');
    if (!cleaned || organizationNameProblem(cleaned) !== undefined) return [];
    return [
      {
        label: `Rename the organization to ${cleaned}`,
        apply: (plan) => updatePlan(plan, { organizationName: cleaned }),
      },
    ];
  },
  'site-name-invalid': (ix, f) => {
    const site = f.subjects[0] === undefined ? undefined : ix.sites.get(f.subjects[0]);
    const cleaned = site && cleanSiteName(site.name);
    if (!site || !cleaned || siteNameProblem(cleaned) !== undefined) return [];
    return [
      {
        label: `Rename the site to ${cleaned}`,
        apply: (plan) => updateSite(plan, site.id, { name: cleaned }),
      },
    ];
  },
};
