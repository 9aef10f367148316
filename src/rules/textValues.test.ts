import { describe, expect, it } from 'vitest';
import { base } from './cases/baseline.ts';
import { TEXT_VALUE_CASES } from './cases/organization.ts';
import { checkCases } from './cases/ruleCase.ts';
import { cleanOrganizationName, cleanSiteName } from './fixes/textValueFixes.ts';
import { validate } from './validate.ts';

checkCases(TEXT_VALUE_CASES);

describe('organization and site names', () => {
  it('leaves a plan without an organization name alone', () => {
    expect(validate(base().build()).map((f) => f.rule)).not.toContain('org-name-invalid');
  });

  it('reports an empty organization name as set but invalid', () => {
    const p = { ...base().build(), organizationName: '' };
    expect(validate(p).find((f) => f.rule === 'org-name-invalid')?.message).toContain('is empty');
  });

  it('cleans names down to what Setup and a command line take', () => {
    expect(cleanOrganizationName('Contoso, Inc.')).toBe('Contoso Inc');
    expect(cleanOrganizationName(' "A" & calc.exe & "')).toBe('A calc exe');
    expect(cleanOrganizationName('x'.repeat(70))).toHaveLength(64);
    expect(cleanSiteName('Head\r\noffice\u202e')).toBe('Head office');
  });
});
