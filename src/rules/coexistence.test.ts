import { expect, it } from 'vitest';
import { base } from './cases/baseline.ts';
import { COEXISTENCE_CASES } from './cases/organization.ts';
import { checkCases } from './cases/ruleCase.ts';
import { validate } from './validate.ts';

checkCases(COEXISTENCE_CASES);

it('needs no routing group connector when Exchange 2007 has no Hub Transport yet', () => {
  const p = base().with((plan) => ({
    ...plan,
    servers: plan.servers.map((s) => ({ ...s, roles: ['Mailbox' as const] })),
  }));
  const rules = validate(
    p.server('LEG01', [], { product: 'exchange2000', legacyServicePack: 3 }).build(),
  ).map((f) => f.rule);
  expect(rules).not.toContain('legacy-routing-group-connector');
});
