// A cap on findings per rule: thousands of items breaking one rule give a readable list and one
// summary finding that still names every item (so canvas badges and counts stay right).
import { describe, expect, it } from 'vitest';
import { makeServer } from '../model/edits.ts';
import { base } from './cases/baseline.ts';
import { quickFixes } from './fixes.ts';
import { countBySeverity, MAX_FINDINGS_PER_RULE, validate } from './validate.ts';

const extra = 250;
const p = base().build();
const loose = Array.from({ length: extra }, (_, i) =>
  makeServer({ id: `u${String(i).padStart(3, '0')}`, name: `U${i}` }),
);
const crowded = { ...p, servers: [...p.servers, ...loose] };
const findings = validate(crowded);
const unplaced = findings.filter((f) => f.rule === 'server-unplaced');

describe('the cap on findings per rule', () => {
  it('lists the first findings of a rule one by one, then one summary with how many more', () => {
    expect(unplaced).toHaveLength(MAX_FINDINGS_PER_RULE + 1);
    const last = unplaced.at(-1)!;
    expect(last).toEqual({
      rule: 'server-unplaced',
      severity: 'warning',
      subjects: loose.slice(MAX_FINDINGS_PER_RULE).map((s) => s.id),
      message:
        "And 150 more server-unplaced findings, not listed one by one: their items are this finding's subjects.",
      more: 150,
    });
    expect(unplaced.slice(0, -1).every((f) => f.more === undefined && f.subjects.length === 1)).toBe(true);
  });

  it('keeps the summary right after its rule and the rest in order', () => {
    const rules = findings.map((f) => f.rule);
    expect(rules.lastIndexOf('server-unplaced') - rules.indexOf('server-unplaced')).toBe(
      MAX_FINDINGS_PER_RULE,
    );
  });

  it('counts the findings a summary stands for', () => {
    expect(countBySeverity(findings).warning).toBe(extra);
  });

  it('offers no quick fix for a summary', () => {
    expect(quickFixes(crowded, unplaced.at(-1)!)).toEqual([]);
    expect(quickFixes(crowded, unplaced[0]!).length).toBeGreaterThan(0);
  });
});
