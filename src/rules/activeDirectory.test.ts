import { expect, it } from 'vitest';
import { ACTIVE_DIRECTORY_CASES } from './cases/organization.ts';
import { checkCases } from './cases/ruleCase.ts';
import { clean } from './cases/baseline.ts';
import { validate } from './validate.ts';

checkCases(ACTIVE_DIRECTORY_CASES);

it('asks nothing when the plan does not describe Active Directory', () => {
  expect(validate(clean()).filter((f) => f.rule.startsWith('ad-'))).toEqual([]);
});
