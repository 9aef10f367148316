// rules.md v2, "Active Directory" and "Coexistence with earlier versions".
import { describe, expect, it } from 'vitest';
import { fired, link, server, subjects, withClean, type Doc } from './harness.ts';

describe('ad-domain-level', () => {
  it.each(['windows2000-mixed', 'windows2003-interim'])(
    'fires, with no subjects, for %s',
    (domainFunctionalLevel) => {
      expect(subjects(withClean({ activeDirectory: { domainFunctionalLevel } }), 'ad-domain-level')).toEqual([
        [],
      ]);
    },
  );
  it.each(['windows2000-native', 'windows2003', 'windows2008', 'windows2008r2'])(
    'is quiet for %s',
    (domainFunctionalLevel) => {
      expect(subjects(withClean({ activeDirectory: { domainFunctionalLevel } }), 'ad-domain-level')).toEqual(
        [],
      );
    },
  );
  it('is quiet when the level or the whole block is left out', () => {
    expect(subjects(withClean({ activeDirectory: {} }), 'ad-domain-level')).toEqual([]);
    expect(subjects(withClean({}), 'ad-domain-level')).toEqual([]);
  });
});

describe('ad-schema-master', () => {
  it.each(['windows2000', 'windows2003-rtm'])('fires, with no subjects, for %s', (schemaMasterOs) => {
    expect(subjects(withClean({ activeDirectory: { schemaMasterOs } }), 'ad-schema-master')).toEqual([[]]);
  });
  it.each(['windows2003', 'windows2008', 'windows2008r2'])('is quiet for %s', (schemaMasterOs) => {
    expect(subjects(withClean({ activeDirectory: { schemaMasterOs } }), 'ad-schema-master')).toEqual([]);
  });
  it('is quiet when left out', () => {
    expect(
      subjects(withClean({ activeDirectory: { forestFunctionalLevel: 'windows2000' } }), 'ad-schema-master'),
    ).toEqual([]);
  });
});

/** The clean site (its HQ-MB and HQ-HC are Hub Transport servers) plus legacy servers. */
const legacy = (servers: Doc['servers'], more: Doc = {}): Doc => withClean({ servers, ...more });
const e2k3 = (fields: Record<string, unknown> = {}) =>
  server('E2K3', [], { site: 'hq', product: 'exchange2003', ...fields });
const e2k0 = (fields: Record<string, unknown> = {}) =>
  server('E2K0', [], { site: 'hq', product: 'exchange2000', ...fields });
const rgc = (to: string, id = `rgc-${to}`) => link('routing-group-connector', 'hq-hc', to, id);

describe('legacy-exchange55', () => {
  it('fires for each Exchange 5.5 server', () => {
    const doc = legacy([
      server('E55A', [], { site: 'hq', product: 'exchange55' }),
      server('E55B', [], { product: 'exchange55', legacyServicePack: 4 }),
    ]);
    expect(subjects(doc, 'legacy-exchange55')).toEqual([['e55a'], ['e55b']]);
  });
  it('is quiet for Exchange 2000 and 2003', () => {
    expect(subjects(legacy([e2k3(), e2k0()]), 'legacy-exchange55')).toEqual([]);
  });
});

describe('legacy-native-mode', () => {
  it.each([
    ['exchange2003', e2k3()],
    ['exchange2000', e2k0()],
  ])('fires, with no subjects, for an %s server in mixed mode', (_, old) => {
    expect(
      subjects(
        legacy([old], { exchange: { servicePack: 'SP1', legacyMode: 'mixed' } }),
        'legacy-native-mode',
      ),
    ).toEqual([[]]);
  });
  it('is quiet in native mode and when the mode is not known (absent)', () => {
    expect(
      subjects(
        legacy([e2k3()], { exchange: { servicePack: 'SP1', legacyMode: 'native' } }),
        'legacy-native-mode',
      ),
    ).toEqual([]);
    expect(subjects(legacy([e2k3()]), 'legacy-native-mode')).toEqual([]);
  });
  it('is quiet in mixed mode without an Exchange 2000/2003 server (5.5 alone is legacy-exchange55)', () => {
    expect(
      subjects(withClean({ exchange: { servicePack: 'SP1', legacyMode: 'mixed' } }), 'legacy-native-mode'),
    ).toEqual([]);
    const only55 = legacy([server('E55', [], { site: 'hq', product: 'exchange55' })], {
      exchange: { servicePack: 'SP1', legacyMode: 'mixed' },
    });
    expect(subjects(only55, 'legacy-native-mode')).toEqual([]);
  });
});

describe('legacy-service-pack', () => {
  it.each([0, 1])('fires for Exchange 2003 at SP%i', (legacyServicePack) => {
    expect(subjects(legacy([e2k3({ legacyServicePack })]), 'legacy-service-pack')).toEqual([['e2k3']]);
  });
  it.each([0, 2])('fires for Exchange 2000 at SP%i and names KB870540', (legacyServicePack) => {
    const [found] = fired(legacy([e2k0({ legacyServicePack })]), 'legacy-service-pack');
    expect(found?.subjects).toEqual(['e2k0']);
    expect(found?.message).toContain('KB870540');
  });
  it('names KB870540 in the finding of every Exchange 2000 server', () => {
    const two = legacy([
      e2k0({ legacyServicePack: 1 }),
      server('E2K0B', [], { site: 'hq', product: 'exchange2000', legacyServicePack: 2 }),
    ]);
    const found = fired(two, 'legacy-service-pack');
    expect(found.map((f) => f.subjects)).toEqual([['e2k0'], ['e2k0b']]);
    for (const f of found) expect(f.message).toContain('KB870540');
  });
  it('is quiet at Exchange 2003 SP2, Exchange 2000 SP3, a service pack left out, and for 5.5', () => {
    const doc = legacy([
      e2k3({ legacyServicePack: 2 }),
      e2k0({ legacyServicePack: 3 }),
      server('E2K3B', [], { site: 'hq', product: 'exchange2003' }),
      server('E55', [], { site: 'hq', product: 'exchange55', legacyServicePack: 1 }),
    ]);
    expect(subjects(doc, 'legacy-service-pack')).toEqual([]);
  });
});

describe('legacy-routing-group-connector', () => {
  it('fires, with no subjects, for a legacy server and a 2007 Hub with no connector', () => {
    expect(subjects(legacy([e2k3()]), 'legacy-routing-group-connector')).toEqual([[]]);
    expect(subjects(legacy([e2k0()]), 'legacy-routing-group-connector')).toEqual([[]]);
  });
  it('is quiet with a routing group connector', () => {
    expect(subjects(legacy([e2k3()], { links: [rgc('e2k3')] }), 'legacy-routing-group-connector')).toEqual(
      [],
    );
  });
  it('is quiet without an Exchange 2007 Hub Transport server, or with only 5.5', () => {
    const noHub: Doc = {
      servers: [server('MB1', ['Mailbox']), e2k3()],
      sites: [{ id: 'hq', name: 'hq', kind: 'ad-site' }],
    };
    expect(subjects(noHub, 'legacy-routing-group-connector')).toEqual([]);
    expect(
      subjects(
        legacy([server('E55', [], { site: 'hq', product: 'exchange55' })]),
        'legacy-routing-group-connector',
      ),
    ).toEqual([]);
  });
});

describe('legacy-link-state', () => {
  it('warns once, with no subjects, for two or three routing group connectors', () => {
    const two = [rgc('e2k3'), rgc('e2k0')];
    expect(subjects(legacy([e2k3(), e2k0()], { links: two }), 'legacy-link-state')).toEqual([[]]);
    const three = [...two, link('routing-group-connector', 'e2k3', 'hq-mb', 'back')];
    expect(subjects(legacy([e2k3(), e2k0()], { links: three }), 'legacy-link-state')).toEqual([[]]);
  });
  it('is quiet for one connector', () => {
    expect(subjects(legacy([e2k3()], { links: [rgc('e2k3')] }), 'legacy-link-state')).toEqual([]);
  });
});
