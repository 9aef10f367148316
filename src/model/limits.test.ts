import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatIssue, parsePlan } from './parse.ts';
import { formatCount, MAX_ITEMS, MAX_PLAN_BYTES, MAX_SERVERS, utf8Length } from './limits.ts';

const minimal = { format: 'exchange-topology-plan', version: 1, name: 'P', exchange: { servicePack: 'SP1' } };
const servers = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `s${i}`, name: `EX${i}` }));

function errorsOf(value: unknown): string[] {
  const r = parsePlan(value);
  if (r.ok) throw new Error('expected the plan to be refused');
  return r.errors.map(formatIssue);
}

describe('plan size limits', () => {
  it('opens a plan of exactly the largest size', () => {
    const r = parsePlan({ ...minimal, servers: servers(MAX_SERVERS) });
    expect(r.ok && r.plan.servers.length).toBe(MAX_SERVERS);
  });

  it('refuses one server more, giving both numbers, before checking any server', () => {
    const doc = { ...minimal, servers: [...servers(MAX_SERVERS), { id: 1 }] };
    expect(errorsOf(doc)).toEqual(['servers: the plan has 5,001 servers; a plan may have at most 5,000']);
    // The 75,000 servers of a 445 KB link that froze the tab for 78 s.
    expect(errorsOf({ ...minimal, servers: servers(75_000) })).toEqual([
      'servers: the plan has 75,000 servers; a plan may have at most 5,000',
    ]);
  });

  it('refuses more items in all than the limit', () => {
    const links = Array.from({ length: MAX_ITEMS }, (_, i) => ({
      id: `l${i}`,
      kind: 'connection',
      from: 's0',
      to: 's1',
    }));
    expect(errorsOf({ ...minimal, servers: servers(2), links })).toEqual([
      'the plan has 20,002 items (sites, servers, clusters, infrastructure and links); a plan may have at most 20,000',
    ]);
  });

  it('refuses plan text over the byte limit, counting UTF-8 bytes', () => {
    const text = JSON.stringify({ ...minimal, name: 'P' }).replace('}', `${' '.repeat(MAX_PLAN_BYTES)}}`);
    expect(errorsOf(text)).toEqual([
      `the plan is ${utf8Length(text).toLocaleString('en-US')} bytes; a plan may be at most 5 MB of JSON`,
    ]);
    expect(utf8Length('aé漢😀')).toBe(new TextEncoder().encode('aé漢😀').length);
    expect(utf8Length('\uD800x')).toBe(new TextEncoder().encode('\uD800x').length);
  });
});

describe('counts as the messages print them', () => {
  it('group thousands as en-US does, for any whole number and beyond', () => {
    fc.assert(fc.property(fc.oneof(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), fc.nat(99_999), fc.double({ noNaN: true })), (n) => {
      expect(formatCount(n)).toBe(n.toLocaleString('en-US'));
    }));
    expect(formatCount(1234567)).toBe('1,234,567');
  });
});
