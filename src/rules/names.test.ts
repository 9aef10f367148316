import { describe, expect, it } from 'vitest';
import { base } from './cases/baseline.ts';
import { NAME_CASES } from './cases/organization.ts';
import { checkCases } from './cases/ruleCase.ts';
import { sameNamePairs } from './sameName.ts';
import { validate } from './validate.ts';

checkCases(NAME_CASES);

it('reports each pair of three items sharing a name once', () => {
  const p = base().server('Ex01', [], { id: 'b' }).server('EX01', [], { id: 'c' }).build();
  expect(
    validate(p)
      .filter((f) => f.rule === 'name-duplicate')
      .map((f) => f.subjects),
  ).toEqual([
    ['b', 'c'],
    ['ex01', 'b'],
    ['ex01', 'c'],
  ]);
});

describe('sameNamePairs', () => {
  const pairs = (names: string[]) => sameNamePairs(names.length, (i) => names[i]!);

  it('pairs names equal ignoring case, non-ASCII letters included', () => {
    expect(pairs(['a', 'B', 'A', 'b', 'é', 'É', 'c'])).toEqual([
      [0, 2],
      [1, 3],
      [4, 5],
    ]);
  });

  it('finds nothing among many distinct names, and the one late duplicate', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `S${i}-MB`);
    expect(pairs(names)).toEqual([]);
    expect(pairs([...names, 's19999-mb'])).toEqual([[19_999, 20_000]]);
  });
});
