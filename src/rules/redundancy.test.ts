import { expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { REDUNDANCY_CASES } from './cases/organization.ts';
import { checkCases } from './cases/ruleCase.ts';
import { validate } from './validate.ts';

checkCases(REDUNDANCY_CASES);

it('has no redundancy note for a site without Mailbox servers', () => {
  const p = plan().site('hq').gc().server('EX01', ['ClientAccess', 'HubTransport']).build();
  expect(validate(p).filter((f) => f.rule.startsWith('single-'))).toEqual([]);
});
