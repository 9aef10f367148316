// 10,000 hostile inputs to decodePlanLink: random strings, and real links truncated, with
// characters flipped, inserted or deleted, or re-versioned. It must never throw, and whenever it
// says ok the plan must be one parsePlan accepts as it is.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { parsePlan } from '../model/parse.ts';
import { serializePlan } from '../model/serialize.ts';
import { TEMPLATES } from '../templates/index.ts';
import { decodePlanLink, planLinkUrl } from './link.ts';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

const links = [
  ...TEMPLATES.map((t) => planLinkUrl(t.plan)),
  planLinkUrl(plan('Tiny').build()),
  planLinkUrl(
    plan('Two sites').site('a').server('A1', ['Mailbox']).site('b').server('B1', ['HubTransport']).build(),
  ),
];

type Mutation =
  | { kind: 'cut'; at: number }
  | { kind: 'flip'; at: number; ch: string }
  | { kind: 'insert'; at: number; ch: string }
  | { kind: 'delete'; at: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    ch: fc.oneof(fc.constantFrom(...BASE64URL), fc.string({ minLength: 1, maxLength: 1, unit: 'binary' })),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    ch: fc.constantFrom(...BASE64URL, '.', '#', '%', '='),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
);

function mutate(link: string, steps: Mutation[]): string {
  let s = link;
  for (const m of steps) {
    const at = s.length === 0 ? 0 : m.at % s.length;
    if (m.kind === 'cut') s = s.slice(0, at);
    else if (m.kind === 'flip') s = s.slice(0, at) + m.ch + s.slice(at + 1);
    else if (m.kind === 'insert') s = s.slice(0, at) + m.ch + s.slice(at);
    else s = s.slice(0, at) + s.slice(at + 1);
  }
  return s;
}

function checkDecode(input: string): void {
  let result: ReturnType<typeof decodePlanLink>;
  expect(() => (result = decodePlanLink(input))).not.toThrow();
  if (result!.ok) {
    // Valid as returned, and stable through a save and reload.
    expect(parsePlan(serializePlan(result!.plan))).toEqual({ ok: true, plan: result!.plan });
  } else {
    expect(result!.message.length).toBeGreaterThan(10);
  }
}

describe('decodePlanLink under fuzzing', () => {
  it('never throws on 5,000 random strings', () => {
    const input = fc.oneof(
      fc.string({ maxLength: 200, unit: 'binary' }),
      fc.string({ maxLength: 400 }).map((s) => `#plan=1.${s}`),
      fc.stringMatching(/^[A-Za-z0-9_-]{0,400}$/).map((s) => `https://x.test/#plan=1.${s}`),
      fc.tuple(fc.nat(9), fc.stringMatching(/^[A-Za-z0-9_-]{0,80}$/)).map(([v, s]) => `${v}.${s}`),
    );
    fc.assert(fc.property(input, checkDecode), { numRuns: 5000, seed: 20070 });
  });

  it('never throws, and never returns an invalid plan, on 5,000 mutated real links', () => {
    const input = fc
      .tuple(fc.constantFrom(...links), fc.array(mutation, { minLength: 1, maxLength: 4 }))
      .map(([link, steps]) => mutate(link, steps));
    fc.assert(fc.property(input, checkDecode), { numRuns: 5000, seed: 2007 });
  });
});
