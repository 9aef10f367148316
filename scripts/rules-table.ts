// Prints the rule catalog as Markdown tables (id, severity, title, source), one per rules.md
// family, generated from src/rules so the README cannot drift from the code.
// `tsx scripts/rules-table.ts --write` replaces the text between the README's rules markers.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FAMILIES, RULES } from '../src/rules/catalog.ts';
import type { RuleMeta } from '../src/rules/types.ts';

const START = '<!-- rules:start -->';
const END = '<!-- rules:end -->';
const README = fileURLToPath(new URL('../README.md', import.meta.url));

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function familyTable(family: string, rules: readonly RuleMeta[]): string {
  const rows = rules.map((r) => `| \`${r.id}\` | ${r.severity} | ${cell(r.title)} | ${cell(r.source)} |`);
  return [`### ${family}`, '', '| id | severity | title | source |', '|---|---|---|---|', ...rows].join('\n');
}

export function rulesMarkdown(): string {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const r of RULES) counts[r.severity]++;
  const summary = `${RULES.length} rules: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info.`;
  const tables = FAMILIES.map((family) =>
    familyTable(
      family,
      RULES.filter((r) => r.family === family),
    ),
  );
  return [summary, ...tables].join('\n\n');
}

/** The README with the generated block between the markers, or an error message. */
export function withRulesBlock(readme: string, block: string): { text: string } | { error: string } {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1 || end < start)
    return { error: `README.md has no ${START} ... ${END} block to replace` };
  return { text: `${readme.slice(0, start + START.length)}\n${block}\n${readme.slice(end)}` };
}

function main(argv: readonly string[]): number {
  const block = rulesMarkdown();
  if (!argv.includes('--write')) {
    console.log(block);
    return 0;
  }
  if (!existsSync(README)) {
    console.error(`${README} does not exist; add it with a ${START} ... ${END} block first`);
    return 1;
  }
  const result = withRulesBlock(readFileSync(README, 'utf8'), block);
  if ('error' in result) {
    console.error(result.error);
    return 1;
  }
  writeFileSync(README, result.text);
  console.log(`Wrote ${RULES.length} rules into ${README}`);
  return 0;
}

// Run only as a script, so a test can import the functions above.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
