import { describe, expect, it } from 'vitest';
import { base } from './cases/baseline.ts';
import { REPLICATION_CASES } from './cases/replication.ts';
import { checkCases } from './cases/ruleCase.ts';
import { validate } from './validate.ts';

checkCases(REPLICATION_CASES);

describe('replication', () => {
  it('names every problem of an SCR target in one finding', () => {
    const p = base().server('EX09', ['ClientAccess'], { lcr: true }).link('scr', 'ex01', 'ex09').build();
    const found = validate(p).filter((f) => f.rule === 'scr-target');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('has no Mailbox role and has LCR enabled');
  });

  it('reports one scr-needs-sp1 finding per SCR link', () => {
    const p = base('RTM')
      .server('EX08', ['Mailbox'])
      .server('EX09', ['Mailbox'])
      .link('scr', 'ex01', 'ex08')
      .link('scr', 'ex01', 'ex09')
      .build();
    expect(validate(p).filter((f) => f.rule === 'scr-needs-sp1')).toHaveLength(2);
  });
});
