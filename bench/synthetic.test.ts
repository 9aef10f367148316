import { describe, expect, it } from 'vitest';
import { parsePlan } from '../src/model/parse.ts';
import { serializePlan } from '../src/model/serialize.ts';
import { validate } from '../src/rules/validate.ts';
import { syntheticPlan } from './synthetic.ts';

describe('syntheticPlan', () => {
  it.each([2, 50, 500])('gives exactly %i servers in a plan that parses', (n) => {
    const plan = syntheticPlan(n);
    expect(plan.servers).toHaveLength(n);
    const parsed = parsePlan(serializePlan(plan));
    expect(parsed.ok ? [] : parsed.errors).toEqual([]);
  });

  it('is deterministic for a seed and varies between seeds', () => {
    expect(serializePlan(syntheticPlan(200, 7))).toBe(serializePlan(syntheticPlan(200, 7)));
    expect(serializePlan(syntheticPlan(200, 7))).not.toBe(serializePlan(syntheticPlan(200, 8)));
  });

  it('is realistic: about 25 servers a site, every kind of item, and no errors', () => {
    const plan = syntheticPlan(500);
    const adSites = plan.sites.filter((s) => s.kind === 'ad-site').length;
    expect(500 / adSites).toBeGreaterThan(20);
    expect(500 / adSites).toBeLessThan(30);
    expect(new Set(plan.clusters.map((c) => c.type))).toEqual(new Set(['CCR', 'SCC']));
    expect(new Set(plan.links.map((l) => l.kind))).toEqual(
      new Set(['edge-subscription', 'routing-group-connector', 'scr', 'connection']),
    );
    expect(plan.servers.some((s) => s.roles.length > 1)).toBe(true);
    expect(
      plan.servers.some((s) => s.cores !== undefined) && plan.servers.some((s) => s.cores === undefined),
    ).toBe(true);
    expect(validate(plan).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
