// rules.md v2, "Operating system, edition, hardware" (the two ratio rules are in ratios.test.ts).
import { describe, expect, it } from 'vitest';
import { cluster, fired, node, server, subjects, withClean } from './harness.ts';

/** The clean site plus one server X1 with the given roles and fields. */
const one = (roles: string[], fields: Record<string, unknown> = {}) =>
  withClean({ servers: [server('X1', roles, { site: 'hq', ...fields })] });

describe('x64-required', () => {
  it('fires for an Exchange 2007 server with a role on x86', () => {
    expect(subjects(one(['Mailbox'], { arch: 'x86' }), 'x64-required')).toEqual([['x1']]);
  });
  it('is quiet for x64, for arch left out, for no role, and for a legacy server', () => {
    expect(subjects(one(['Mailbox'], { arch: 'x64' }), 'x64-required')).toEqual([]);
    expect(subjects(one(['Mailbox']), 'x64-required')).toEqual([]);
    expect(subjects(one([], { arch: 'x86' }), 'x64-required')).toEqual([]);
    expect(subjects(one([], { arch: 'x86', product: 'exchange2003' }), 'x64-required')).toEqual([]);
  });
});

describe('os-supported', () => {
  it.each<[string, string]>([
    ['windows2003-rtm', 'RTM'],
    ['windows2003-rtm', 'SP3'],
    ['windows2008', 'RTM'],
    ['windows2008r2', 'RTM'],
    ['windows2008r2', 'SP1'],
    ['windows2008r2', 'SP2'],
  ])('fires for %s on %s', (os, servicePack) => {
    const doc = { ...one(['ClientAccess'], { os }), exchange: { servicePack } };
    expect(subjects(doc, 'os-supported')).toEqual([['x1']]);
  });
  it.each<[string | undefined, string]>([
    [undefined, 'RTM'],
    ['windows2003', 'RTM'],
    ['windows2008', 'SP1'],
    ['windows2008', 'SP3'],
    ['windows2008r2', 'SP3'],
  ])('is quiet for %s on %s', (os, servicePack) => {
    const doc = { ...one(['ClientAccess'], os ? { os } : {}), exchange: { servicePack } };
    expect(subjects(doc, 'os-supported')).toEqual([]);
  });
  it('is quiet for a server with no role and for a legacy server', () => {
    expect(subjects(one([], { os: 'windows2003-rtm' }), 'os-supported')).toEqual([]);
    expect(subjects(one([], { os: 'windows2003-rtm', product: 'exchange2003' }), 'os-supported')).toEqual([]);
  });
});

describe('storage-group-limit', () => {
  it.each<[number, string | undefined, boolean]>([
    [5, undefined, false],
    [6, undefined, true],
    [5, 'standard', false],
    [6, 'standard', true],
    [6, 'enterprise', false],
    [50, 'enterprise', false],
    [51, 'enterprise', true],
  ])('%i storage groups with edition %s: fires %s', (storageGroups, exchangeEdition, fires) => {
    const doc = one(['Mailbox'], { storageGroups, ...(exchangeEdition ? { exchangeEdition } : {}) });
    expect(subjects(doc, 'storage-group-limit')).toEqual(fires ? [['x1']] : []);
  });
  it('is quiet when storageGroups is left out', () => {
    expect(subjects(one(['Mailbox']), 'storage-group-limit')).toEqual([]);
  });
});

describe('max-cores', () => {
  it.each<[string[], number]>([
    [['EdgeTransport'], 4],
    [['ClientAccess'], 4],
    [['UnifiedMessaging'], 4],
    [['HubTransport'], 8],
    [['Mailbox'], 8],
    [['Mailbox', 'HubTransport'], 4],
    [['ClientAccess', 'HubTransport'], 4],
    [['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging'], 4],
    [['HubTransport', 'EdgeTransport'], 4],
  ])('%j: quiet at %i cores, a warning naming the limit one above', (roles, limit) => {
    expect(subjects(one(roles, { cores: limit }), 'max-cores')).toEqual([]);
    const [found, ...more] = fired(one(roles, { cores: limit + 1 }), 'max-cores');
    expect(more).toEqual([]);
    expect(found?.subjects).toEqual(['x1']);
    expect(found?.message).toMatch(new RegExp(`\\b${limit}\\b`));
  });
  it('is quiet with no cores stated, with no role, and for a legacy server', () => {
    expect(subjects(one(['ClientAccess']), 'max-cores')).toEqual([]);
    expect(subjects(one([], { cores: 64 }), 'max-cores')).toEqual([]);
    expect(subjects(one([], { cores: 64, product: 'exchange2003' }), 'max-cores')).toEqual([]);
  });
  it('applies to a clustered Mailbox node as to any Mailbox server (8)', () => {
    const doc = (cores: number) =>
      withClean({
        servers: [node('N1', 'c1', { site: 'hq', cores }), node('N2', 'c1', { site: 'hq' })],
        clusters: [cluster('C1', 'SCC')],
      });
    expect(subjects(doc(8), 'max-cores')).toEqual([]);
    expect(subjects(doc(9), 'max-cores')).toEqual([['n1']]);
  });
});

describe('exchange-on-dc', () => {
  it('warns for an Exchange 2007 server with a role that is a domain controller', () => {
    expect(subjects(one(['Mailbox'], { domainController: true }), 'exchange-on-dc')).toEqual([['x1']]);
    expect(
      subjects(one(['Mailbox'], { domainController: true, globalCatalog: true }), 'exchange-on-dc'),
    ).toEqual([['x1']]);
  });
  it('is quiet for no role, for a legacy server, and for a server that is not a DC', () => {
    expect(subjects(one([], { domainController: true }), 'exchange-on-dc')).toEqual([]);
    expect(subjects(one([], { domainController: true, product: 'exchange2003' }), 'exchange-on-dc')).toEqual(
      [],
    );
    expect(subjects(one(['Mailbox']), 'exchange-on-dc')).toEqual([]);
  });
});
