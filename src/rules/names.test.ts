import { describe, expect, it } from 'vitest';
import { base } from './cases/baseline.ts';
import { NAME_CASES } from './cases/organization.ts';
import { checkCases } from './cases/ruleCase.ts';
import { plan } from '../model/builder.ts';
import { makeServer } from '../model/edits.ts';
import { sameNameGroups } from './sameName.ts';
import { validate } from './validate.ts';
import { listNames, nameOf } from './words.ts';

checkCases(NAME_CASES);

it('reports a group of items sharing a name once, every item a subject', () => {
  const p = base().server('Ex01', [], { id: 'b' }).server('EX01', [], { id: 'c' }).build();
  const found = validate(p).filter((f) => f.rule === 'name-duplicate');
  expect(found).toEqual([
    {
      rule: 'name-duplicate',
      severity: 'error',
      subjects: ['ex01', 'b', 'c'],
      message:
        'EX01 is the name of server EX01, server Ex01 and server EX01. Computer names must be unique, ignoring case: rename all but one of them.',
    },
  ]);
});

it('keeps the two-item message of rules.md for a pair', () => {
  const p = base().cluster('ex01', 'CCR', [], { id: 'cms' }).build();
  expect(validate(p).filter((f) => f.rule === 'name-duplicate').map((f) => f.message)).toEqual([
    'EX01 is the name of server EX01 and of clustered mailbox server ex01. Computer names must be unique, ignoring case: rename one of them.',
  ]);
});

// 6,001 servers named alike gave 18 million findings: the tab froze and crashed, the CLI printed 292 MB.
it('gives one finding for 6,001 servers named alike, counting those it does not name', () => {
  const p = plan('Alike').site('hq').build();
  const servers = Array.from({ length: 6001 }, (_, i) => makeServer({ id: `s${i}`, name: 'EX01', site: 'hq' }));
  const found = validate({ ...p, servers }).filter((f) => f.rule === 'name-duplicate');
  expect(found).toHaveLength(1);
  expect(found[0]!.subjects).toHaveLength(6001);
  expect(found[0]!.message).toBe(
    'EX01 is the name of 6,001 computers: server EX01, server EX01, server EX01, server EX01, server EX01 and 5,996 more. Computer names must be unique, ignoring case: rename all but one of them.',
  );
});

describe('sameNameGroups', () => {
  const groups = (names: string[]) => sameNameGroups(names.length, (i) => names[i]!);

  it('groups names equal ignoring case, non-ASCII letters included, by first occurrence', () => {
    expect(groups(['a', 'B', 'A', 'b', 'é', 'É', 'c', 'a'])).toEqual([
      [0, 2, 7],
      [1, 3],
      [4, 5],
    ]);
  });

  it('finds nothing among many distinct names, and the one late duplicate', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `S${i}-MB`);
    expect(groups(names)).toEqual([]);
    expect(groups([...names, 's19999-mb'])).toEqual([[19_999, 20_000]]);
  });
});

// A U+202E in a name reversed the rest of the finding's sentence on screen.
describe('names in sentences', () => {
  it('isolates a name holding a direction override, so the sentence after it reads in order', () => {
    const p = base().server('EX\u202E02', [], { id: 'b' }).build();
    const [invalid] = validate(p).filter((f) => f.rule === 'name-invalid');
    expect(invalid!.message).toBe(
      'The server name "\u2068EX\u202E02\u2069" is not a valid computer name. A computer name may hold only letters, digits and hyphens: rename it.',
    );
  });

  it('isolates right-to-left names and leaves plain ones byte for byte', () => {
    const p = base().server('שרת', [], { id: 'a' }).server('שרת', [], { id: 'b' }).build();
    const [duplicate] = validate(p).filter((f) => f.rule === 'name-duplicate');
    expect(duplicate!.message).toBe(
      '\u2068שרת\u2069 is the name of server \u2068שרת\u2069 and of server \u2068שרת\u2069. Computer names must be unique, ignoring case: rename one of them.',
    );
    expect(nameOf('EX-01 (old)')).toBe('EX-01 (old)');
    expect(listNames(['EX01', 'Zürich', 'EX02'])).toBe('EX01, \u2068Zürich\u2069 and EX02');
  });
});
