import { expect, it } from 'vitest';
import { base } from './cases/baseline.ts';
import { NAME_CASES } from './cases/organization.ts';
import { checkCases } from './cases/ruleCase.ts';
import { validate } from './validate.ts';

checkCases(NAME_CASES);

it('reports each pair of three items sharing a name once', () => {
  const p = base().server('Ex01', [], { id: 'b' }).server('EX01', [], { id: 'c' }).build();
  expect(validate(p).filter((f) => f.rule === 'name-duplicate').map((f) => f.subjects)).toEqual([
    ['b', 'c'],
    ['ex01', 'b'],
    ['ex01', 'c'],
  ]);
});
