import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parse.ts';
import { base, clean, withCcr } from './cases/baseline.ts';
import { ALL_CASES } from './cases/index.ts';
import { compareFindings, countBySeverity, validate } from './validate.ts';

describe('validate', () => {
  it('finds only the two redundancy notes in the clean baseline', () => {
    expect(validate(clean()).map((f) => [f.rule, f.severity])).toEqual([
      ['single-cas', 'info'],
      ['single-hub', 'info'],
    ]);
  });

  it('sorts errors, warnings, info; then rule id; then subjects', () => {
    const messy = withCcr(
      base('RTM').server('EX 02', ['ClientAccess'], { arch: 'x86', site: undefined }),
      {},
      {},
    )
      .perimeter()
      .server('EDGE01', ['HubTransport', 'EdgeTransport'])
      .server('EDGE02', ['EdgeTransport'], { cores: 16 })
      .build();
    const findings = validate(messy);
    expect(new Set(findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
    for (let i = 1; i < findings.length; i++)
      expect(compareFindings(findings[i - 1]!, findings[i]!)).toBeLessThanOrEqual(0);
    const order = { error: 0, warning: 1, info: 2 };
    expect(findings.map((f) => order[f.severity])).toEqual(findings.map((f) => order[f.severity]).sort());
  });

  it('orders by code units, so hyphenated ids sort the same everywhere', () => {
    const a = { rule: 'edge-alone', severity: 'error', subjects: ['b'], message: '' } as const;
    const b = { rule: 'edgealone', severity: 'error', subjects: ['a'], message: '' } as const;
    expect(
      compareFindings({ ...a, subjects: [...a.subjects] }, { ...b, subjects: [...b.subjects] }),
    ).toBeLessThan(0);
    expect(compareFindings({ ...a, subjects: ['x'] }, { ...a, subjects: ['x', 'y'] })).toBeLessThan(0);
  });

  it('never reports the same rule and subjects twice, and gives every case plan as parsePlan accepts it', () => {
    for (const c of ALL_CASES)
      for (const p of [c.fires, c.quiet]) {
        expect(parsePlan(JSON.parse(JSON.stringify(p))).ok, `${c.rule}: ${c.when}`).toBe(true);
        const keys = validate(p).map((f) => `${f.rule} ${f.subjects.join(',')}`);
        expect(new Set(keys).size, `${c.rule}: ${c.when}`).toBe(keys.length);
      }
  });

  it('is pure: the plan is untouched and the same plan gives the same findings', () => {
    const p = withCcr(base(), { domainController: true, globalCatalog: true }).build();
    const before = JSON.stringify(p);
    expect(validate(p)).toEqual(validate(p));
    expect(JSON.stringify(p)).toBe(before);
  });

  it('counts findings by severity', () => {
    expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
    const counts = countBySeverity(
      validate(base().server('EX02', ['ClientAccess'], { site: undefined, arch: 'x86' }).build()),
    );
    expect(counts).toEqual({ error: 1, warning: 1, info: 2 });
  });
});
