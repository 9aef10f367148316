import { describe, expect, it } from 'vitest';
import { base, withCcr, withScc } from './cases/baseline.ts';
import { CLUSTER_CASES } from './cases/clusters.ts';
import { checkCases } from './cases/ruleCase.ts';
import { nodesSite } from './clusters.ts';
import { indexPlan } from './planIndex.ts';
import { validate } from './validate.ts';

checkCases(CLUSTER_CASES);

const rulesOf = (p: Parameters<typeof validate>[0]) => validate(p).map((f) => f.rule);

describe('clusters', () => {
  it('finds the site all nodes share, and none when they are split', () => {
    expect(nodesSite(indexPlan(withCcr().build()), 'cms01')).toBe('hq');
    expect(nodesSite(indexPlan(withCcr(base(), { site: undefined }).build()), 'cms01')).toBeUndefined();
  });

  it('leaves a cluster without a witness to ccr-witness alone', () => {
    const rules = rulesOf(withCcr(base(), {}, {}).build());
    expect(rules).toContain('ccr-witness');
    expect(rules).not.toContain('ccr-witness-hub');
  });

  it('asks no witness of an SCC cluster', () => {
    const rules = rulesOf(withScc(2).build());
    expect(rules).not.toContain('ccr-witness');
    expect(rules).not.toContain('ccr-witness-hub');
  });

  it('gives a properly built CCR cluster no cluster findings', () => {
    const clusterRules = new Set(CLUSTER_CASES.map((c) => c.rule));
    expect(rulesOf(withCcr().build()).filter((r) => clusterRules.has(r))).toEqual([]);
  });

  it('reports each node with Standard Edition separately', () => {
    const p = withCcr(base(), { exchangeEdition: 'standard' }).build();
    p.servers = p.servers.map((s) => (s.cluster ? { ...s, exchangeEdition: 'standard' } : s));
    expect(
      validate(p)
        .filter((f) => f.rule === 'cluster-exchange-enterprise')
        .map((f) => f.subjects),
    ).toEqual([
      ['mb01', 'cms01'],
      ['mb02', 'cms01'],
    ]);
  });
});
