import { describe, expect, it } from 'vitest';
import { withDefaults } from './defaults.ts';
import { assertPlan } from './parse.ts';
import type { PlanInput } from './schema.ts';

const doc: PlanInput = {
  format: 'exchange-topology-plan',
  version: 1,
  name: 'Defaults',
  exchange: { servicePack: 'SP1' },
  servers: [{ id: 'a', name: 'A', site: 'hq', cores: 4 }],
  sites: [{ id: 'hq', name: 'HQ', kind: 'ad-site' }],
  infrastructure: [
    { id: 'dc', kind: 'domain-controller', name: 'DC', arch: 'x64' },
    { id: 'fw', kind: 'firewall', name: 'Firewall' },
  ],
};

describe('withDefaults', () => {
  it('fills what a document leaves out exactly as parsePlan does', () => {
    expect(withDefaults(doc)).toEqual(assertPlan(doc));
  });

  it('fills an explicit undefined too, and missing lists', () => {
    const plan = withDefaults({
      ...doc,
      links: undefined,
      servers: [{ id: 'a', name: 'A', product: undefined, roles: undefined }],
    });
    expect(plan.servers[0]).toMatchObject({
      product: 'exchange2007',
      roles: [],
      os: 'windows2003',
      arch: 'x64',
    });
    expect(plan.links).toEqual([]);
  });

  it('gives a parsed plan back as the same object', () => {
    const parsed = assertPlan(doc);
    expect(withDefaults(parsed)).toBe(parsed);
  });

  it('leaves the document it is given unchanged', () => {
    const before = JSON.stringify(doc);
    withDefaults(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });
});
