// The plan schema against its golden file: every result and message of the schema (as zod gives
// it, as parsePlan words it, as the document repair uses it) over the corpus of
// testing/schemaCorpus.ts, recorded from the schema as it was on zod's classic API. A change of the
// schema's construction must leave all of it as it is. `UPDATE_SCHEMA_GOLDEN=1 npx vitest run
// src/doc/schemaGolden.test.ts` writes the file again (only for a deliberate change of the format).
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeGolden, type Golden } from './testing/schemaGolden.ts';

const FILE = new URL('./testing/schemaGolden.json', import.meta.url);

/** One entry a line, so a change shows as the lines of the inputs it touched. */
const toText = (g: Golden) =>
  `{"ipAddress":${JSON.stringify(g.ipAddress)},\n"entries":[\n${g.entries.map((e) => JSON.stringify(e)).join(',\n')}\n]}\n`;

describe('the plan schema against its golden file', () => {
  const current = makeGolden();
  if (process.env.UPDATE_SCHEMA_GOLDEN === '1') writeFileSync(FILE, toText(current));
  const golden = JSON.parse(readFileSync(FILE, 'utf8')) as Golden;

  it('has the same corpus', () => {
    expect(current.entries.map((e) => `${e.name} ${e.input}`)).toEqual(
      golden.entries.map((e) => `${e.name} ${e.input}`),
    );
  });

  it('gives every input the same results and messages', () => {
    const differ = current.entries.filter((e, i) => JSON.stringify(e) !== JSON.stringify(golden.entries[i]));
    expect(differ.slice(0, 3)).toEqual(
      differ.slice(0, 3).map((e) => golden.entries.find((g) => g.name === e.name)),
    );
    expect(differ.length).toBe(0);
  });

  it('checks cluster addresses alike', () => {
    expect(current.ipAddress).toEqual(golden.ipAddress);
  });

  it('covers accepted plans, refused ones and each kind of issue', () => {
    const issues = current.entries.map((e) => (e.schema as { issues?: unknown }).issues);
    const codes = new Set(
      issues.flatMap((list) => (Array.isArray(list) ? list.map((i: { code: string }) => i.code) : [])),
    );
    expect([...codes].sort()).toEqual([
      'custom',
      'invalid_format',
      'invalid_type',
      'invalid_union',
      'invalid_value',
      'too_big',
      'too_small',
      'unrecognized_keys',
    ]);
    expect(current.entries.filter((e) => 'plan' in (e.parse as object)).length).toBeGreaterThan(100);
    expect(current.entries.filter((e) => 'errors' in (e.parse as object)).length).toBeGreaterThan(1000);
  });
});
