// The README's rule tables are generated (npm run rules:readme -- --write): they must not drift.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { rulesMarkdown, withRulesBlock } from '../../scripts/rules-table.ts';

it('the README lists the rules exactly as the catalog has them, and links only inside the repository', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const regenerated = withRulesBlock(readme, rulesMarkdown());
  expect('text' in regenerated && regenerated.text === readme).toBe(true);
  const targets = [...readme.matchAll(/\]\(([^)]+)\)/g)].map((m) => m[1]!);
  expect(targets.filter((t) => t.startsWith('..') || t.startsWith('/'))).toEqual([]);
});
