import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { makeServer } from '../model/edits.ts';
import { base } from '../rules/cases/baseline.ts';
import { validate } from '../rules/validate.ts';
import type { Finding } from '../rules/types.ts';
import { countLine, findingsJson, formatReport } from './report.ts';

const p = plan('Head office plan')
  .site('hq', 'ad-site', 'Head office')
  .server('EDGE01', ['EdgeTransport', 'HubTransport'])
  .server('LOOSE', ['Mailbox'], { site: undefined })
  .link('edge-subscription', 'edge01', 'hq', 'sub1')
  .build();

const findings: Finding[] = [
  {
    rule: 'edge-alone',
    severity: 'error',
    subjects: ['edge01'],
    message: 'EDGE01 runs Edge Transport with Hub Transport.',
  },
  { rule: 'org-core-roles', severity: 'error', subjects: [], message: 'No server has Client Access.' },
  { rule: 'server-unplaced', severity: 'warning', subjects: ['loose'], message: 'LOOSE is in no site.' },
  { rule: 'link-endpoints', severity: 'info', subjects: ['sub1'], message: 'A link note.' },
  { rule: 'single-cas', severity: 'info', subjects: ['hq', 'ghost'], message: 'One Client Access server.' },
  { rule: 'single-hub', severity: 'info', subjects: ['hq'], message: 'One Hub Transport server.' },
];

describe('formatReport', () => {
  it('groups findings under severity headings with rule ids, item names and the counts', () => {
    expect(formatReport(p, findings, 'plan.json')).toBe(
      [
        'Head office plan (plan.json)',
        '',
        'Errors (2)',
        '  edge-alone: EDGE01',
        '    EDGE01 runs Edge Transport with Hub Transport.',
        '  org-core-roles',
        '    No server has Client Access.',
        '',
        'Warnings (1)',
        '  server-unplaced: LOOSE',
        '    LOOSE is in no site.',
        '',
        'Info (3)',
        '  link-endpoints: Edge subscription EDGE01 -> Head office',
        '    A link note.',
        '  single-cas: Head office, ghost',
        '    One Client Access server.',
        '  single-hub: Head office',
        '    One Hub Transport server.',
        '',
        '2 errors, 1 warning, 3 info',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to report', () => {
    expect(formatReport(p, [], '<stdin>')).toBe(
      'Head office plan (<stdin>)\n\nNo findings: the plan follows every rule.\n\n0 errors, 0 warnings, 0 info\n',
    );
  });

  it('counts in the singular and plural', () => {
    expect(countLine(findings.slice(0, 1))).toBe('1 error, 0 warnings, 0 info');
  });
});

describe('findingsJson', () => {
  it('prints exactly {"findings": [...]} with the four fields of rules.md', () => {
    const extra = [{ ...findings[0]!, fix: 'something else' } as Finding];
    expect(JSON.parse(findingsJson(extra))).toEqual({ findings: [findings[0]] });
  });
});

describe('a rule past the cap on findings', () => {
  const loose = Array.from({ length: 250 }, (_, i) => makeServer({ id: `u${String(i).padStart(3, '0')}`, name: `U${i}` }));
  const p = base().build();
  const crowded = { ...p, servers: [...p.servers, ...loose] };
  const findings = validate(crowded);

  it('prints cleanly: the true counts, a short subject line, and the four rules.md fields in JSON', () => {
    const report = formatReport(crowded, findings, 'crowded.json');
    expect(report).toMatch(/^Warnings \(250\)$/m);
    expect(report).toContain(
      '  server-unplaced: U100, U101, U102, U103, U104, U105, U106, U107, U108, U109 and 140 more\n',
    );
    expect(report.trimEnd().split('\n').at(-1)).toBe('0 errors, 250 warnings, 2 info');
    const json = JSON.parse(findingsJson(findings)) as { findings: Record<string, unknown>[] };
    const summary = json.findings.find((f) => String(f.message).startsWith('And 150 more'));
    expect(Object.keys(summary!)).toEqual(['rule', 'severity', 'subjects', 'message']);
  });
});
