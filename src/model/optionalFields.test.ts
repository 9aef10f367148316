// The optional fields added to plan format version 1 (docs/plan-format.md): older files still open,
// the new fields round-trip, and serializePlan leaves their defaults out.
import { describe, expect, it } from 'vitest';
import { updateCluster, updateInfrastructure, updatePlan } from './edits.ts';
import { parsePlan } from './parse.ts';
import type { Plan } from './schema.ts';
import { planToJson, serializePlan } from './serialize.ts';
import { plan } from './builder.ts';

const base = () =>
  plan('Optional fields')
    .site('hq')
    .gc('DC01')
    .server('MB01', ['Mailbox'], { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' })
    .server('MB02', ['Mailbox'], { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' })
    .cluster('CMS01', 'CCR', ['mb01', 'mb02'])
    .build();

const reparsed = (p: Plan) => {
  const result = parsePlan(serializePlan(p));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
};

describe('optional plan fields', () => {
  it('opens a file written before them, and writes none of them when unset or at their default', () => {
    const json = planToJson(base());
    expect(json.exchange).toEqual({ servicePack: 'SP1' });
    expect(JSON.stringify(json)).not.toMatch(/standby|legacyMode|outlook2003Clients|"arch":"x/);
    const off = updatePlan(updateCluster(base(), 'cms01', { standby: false }), { outlook2003Clients: false });
    expect(serializePlan(off)).toBe(serializePlan(base()));
  });

  it('round-trips exchange.legacyMode, exchange.outlook2003Clients, a cluster’s standby and a DC’s arch', () => {
    let p = updatePlan(base(), { legacyMode: 'mixed', outlook2003Clients: true });
    p = updateCluster(p, 'cms01', { standby: true });
    p = updateInfrastructure(p, 'dc01', { arch: 'x86' });
    const back = reparsed(p);
    expect(back.exchange).toEqual({ servicePack: 'SP1', legacyMode: 'mixed', outlook2003Clients: true });
    expect(back.clusters[0]?.standby).toBe(true);
    expect(back.infrastructure[0]).toMatchObject({ kind: 'domain-controller', arch: 'x86' });
    expect(updatePlan(back, { legacyMode: undefined }).exchange).toEqual({
      servicePack: 'SP1',
      outlook2003Clients: true,
    });
  });

  it('refuses values the format does not know, naming the path', () => {
    const json = { ...planToJson(base()), exchange: { servicePack: 'SP1', legacyMode: 'half' } };
    const result = parsePlan(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('exchange.legacyMode');
  });

  it('opens any organization name, so that a name Setup refuses is a finding rather than a file that will not open', () => {
    expect(parsePlan({ ...planToJson(base()), organizationName: 'x'.repeat(70) }).ok).toBe(true);
    expect(parsePlan({ ...planToJson(base()), organizationName: '' }).ok).toBe(true);
  });
});
