import { describe, expect, it } from 'vitest';
import { PLATFORM_CASES } from './cases/platform.ts';
import { checkCases } from './cases/ruleCase.ts';
import { base } from './cases/baseline.ts';
import { osSupported } from './platform.ts';
import { validate } from './validate.ts';

checkCases(PLATFORM_CASES);

describe('operating system, edition, hardware', () => {
  it.each([
    ['windows2003', 'RTM', true],
    ['windows2003-rtm', 'SP3', false],
    ['windows2008', 'RTM', false],
    ['windows2008', 'SP1', true],
    ['windows2008r2', 'SP2', false],
    ['windows2008r2', 'SP3', true],
  ] as const)('%s under Exchange 2007 %s: supported %s', (os, sp, supported) => {
    expect(osSupported(os, sp)).toBe(supported);
  });

  it('checks the OS and architecture only of servers Setup will install', () => {
    const p = base('RTM')
      .server('LEG01', [], {
        product: 'exchange2003',
        legacyServicePack: 2,
        os: 'windows2003-rtm',
        arch: 'x86',
      })
      .build();
    const rules = validate(p).map((f) => f.rule);
    expect(rules).not.toContain('os-supported');
    expect(rules).not.toContain('x64-required');
  });
});
