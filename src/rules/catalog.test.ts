// The catalog must be docs/rules.md, the repository's own rule reference: same ids in the same
// order, same severities, families and sources.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CASES } from './cases/index.ts';
import { FAMILIES, RULES, ruleById } from './catalog.ts';
import { sourceNames } from './sources.ts';

interface SpecRow {
  id: string;
  severity: string;
  family: string;
  subjects: string;
  source: string;
  /** Marked *Addition.*: beyond the specification. */
  additional: boolean;
}

/** The rule tables of docs/rules.md: `| \`id\` | sev | fires when | subjects | source |`, under `## family`. */
function specRows(): SpecRow[] {
  const text = readFileSync(new URL('../../docs/rules.md', import.meta.url), 'utf8');
  const rows: SpecRow[] = [];
  let family = '';
  for (const line of text.split(/\r?\n/)) {
    const heading = /^## (.+)$/.exec(line);
    if (heading) family = heading[1]!.trim();
    const row = /^\|\s*`([a-z0-9-]+)`\s*\|\s*(error|warning|info)\s*\|(.*)\|\s*$/.exec(line);
    if (!row) continue;
    // An escaped \| inside the "fires when" text is not a column.
    const rest = row[3]!.split(/(?<!\\)\|/).map((cell) => cell.trim());
    rows.push({
      id: row[1]!,
      severity: row[2]!,
      family,
      subjects: rest.at(-2)!,
      source: rest.at(-1)!,
      additional: rest[0]!.startsWith('*Addition.*'),
    });
  }
  return rows;
}

const spec = specRows();

describe('the rule catalog', () => {
  it('has exactly the 50 rules of docs/rules.md (48 of the specification, 2 additions), in its order', () => {
    expect(spec).toHaveLength(50);
    expect(spec.filter((r) => r.additional)).toHaveLength(2);
    expect(RULES.map((r) => r.id)).toEqual(spec.map((r) => r.id));
    expect(new Set(RULES.map((r) => r.id)).size).toBe(RULES.length);
  });

  it.each(spec)('$id: severity, family and source as rules.md gives them', (row) => {
    const meta = ruleById(row.id);
    expect(meta?.severity).toBe(row.severity);
    expect(meta?.family).toBe(row.family);
    expect(meta?.source).toBe(sourceNames(row.source.split(/,\s*/)));
  });

  it('lists the families in the order of rules.md', () => {
    expect(FAMILIES).toEqual([...new Set(spec.map((r) => r.family))]);
  });

  it('explains every rule: title, why and fix', () => {
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(10);
      expect(rule.why.length, rule.id).toBeGreaterThan(20);
      expect(rule.fix.length, rule.id).toBeGreaterThan(10);
      expect(rule.source, rule.id).not.toMatch(
        /\b(DEPLOY|MODIFY|SIMPLE|SYSREQ|EDITIONS|COEX|LINKSTATE|RATIO|WS08|PROC|ORGNAME|UPGRADE|DCMATRIX|DCPROMO|PATHS|CMDLINE)\b/,
      );
    }
  });

  it('knows no rule that is not in the catalog', () => {
    expect(ruleById('no-such-rule')).toBeUndefined();
  });

  it('has a firing case for every rule, with as many subjects as rules.md lists', () => {
    const covered = new Set(ALL_CASES.map((c) => c.rule));
    expect(RULES.filter((r) => !covered.has(r.id)).map((r) => r.id)).toEqual([]);
    for (const c of ALL_CASES) {
      const cell = spec.find((r) => r.id === c.rule)!.subjects;
      if (cell === 'none') expect(c.subjects, c.rule).toEqual([]);
      else if (cell === 'both items') expect(c.subjects, c.rule).toHaveLength(2);
      else if (cell.includes('its nodes'))
        expect(c.subjects.length, c.rule).toBeGreaterThanOrEqual(cell.split(',').length);
      else expect(c.subjects, c.rule).toHaveLength(cell.split(',').length);
    }
  });
});
