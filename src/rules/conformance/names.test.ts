// rules.md v2, "Names" and "Redundancy notes".
import { describe, expect, it } from 'vitest';
import { adSite, cluster, gc, node, server, subjects, withClean, type Doc } from './harness.ts';

describe('name-invalid', () => {
  const named = (name: string): Doc => withClean({ servers: [{ id: 'x1', name, roles: [], site: 'hq' }] });
  it.each(['EX01', 'A', 'ABCDEFGHIJKLMNO', 'EX-01', '1EX', '123-45', '-EX01', 'ex01'])(
    'is quiet for the server name %j',
    (name) => {
      expect(subjects(named(name), 'name-invalid')).toEqual([]);
    },
  );
  it.each(['ABCDEFGHIJKLMNOP', '12345', '0', 'EX_01', 'EX 01', 'ex01.contoso.com', 'EX01$', ' EX01'])(
    'fires for the server name %j',
    (name) => {
      expect(subjects(named(name), 'name-invalid')).toEqual([['x1']]);
    },
  );
  it('applies to domain controllers and clusters', () => {
    const doc = withClean({
      servers: [node('N1', 'c1', { site: 'hq' }), node('N2', 'c1', { site: 'hq' })],
      clusters: [{ ...cluster('C1', 'SCC'), name: 'CMS_01' }],
      infrastructure: [gc('DC 02', { site: 'hq' })],
    });
    expect(subjects(doc, 'name-invalid')).toEqual([['c1'], ['dc 02']]);
  });
  it('does not apply to sites or other infrastructure', () => {
    const doc = withClean({
      sites: [adSite('br', 'Branch office #2')],
      infrastructure: [{ id: 'fw', kind: 'firewall', name: 'Perimeter firewall (ISA 2006)' }],
    });
    expect(subjects(doc, 'name-invalid')).toEqual([]);
  });
});

describe('name-duplicate', () => {
  it('fires once for two servers whose names differ only in case, naming both', () => {
    const doc = withClean({
      servers: [server('EX01', [], { site: 'hq' }), { id: 'other', name: 'ex01', roles: [], site: 'hq' }],
    });
    const found = subjects(doc, 'name-duplicate');
    expect(found).toHaveLength(1);
    expect([...found[0]!].sort()).toEqual(['ex01', 'other']);
  });
  it('fires for a server and a domain controller, and for a server and a cluster, of one name', () => {
    const doc = withClean({
      servers: [
        server('SAME', [], { site: 'hq' }),
        node('N1', 'c1', { site: 'hq' }),
        node('N2', 'c1', { site: 'hq' }),
      ],
      clusters: [{ id: 'c1', name: 'N1', type: 'SCC' }],
      infrastructure: [gc('same', { id: 'dc-same', site: 'hq' })],
    });
    const found = subjects(doc, 'name-duplicate').map((s) => [...s].sort());
    expect(found).toContainEqual(['dc-same', 'same']);
    expect(found).toContainEqual(['c1', 'n1']);
    expect(found).toHaveLength(2);
  });
  it('is quiet for a site or a firewall that shares a server name', () => {
    const doc = withClean({
      sites: [adSite('br', 'HQ-MB')],
      infrastructure: [{ id: 'fw', kind: 'firewall', name: 'HQ-HC' }],
    });
    expect(subjects(doc, 'name-duplicate')).toEqual([]);
  });
});

describe('org-name-invalid', () => {
  const org = (organizationName: string | undefined): Doc =>
    withClean(organizationName === undefined ? {} : { organizationName });
  it.each([
    undefined,
    'Contoso',
    'Contoso Ltd',
    'Contoso-Ltd',
    'Fabrikam 2007',
    '123',
    'A'.repeat(64),
    'a b  c',
  ])('is quiet for %j', (name) => {
    expect(subjects(org(name), 'org-name-invalid')).toEqual([]);
  });
  it.each([
    '',
    'A'.repeat(65),
    ' Contoso',
    'Contoso ',
    'Contoso.com',
    'Contoso_Ltd',
    'Contoso & Co',
    'Société',
    'Contoso\tLtd',
    "O'Brien",
  ])('fires, with no subjects, for %j', (name) => {
    expect(subjects(org(name), 'org-name-invalid')).toEqual([[]]);
  });
});

describe.each([
  ['single-hub', 'HubTransport', 'ClientAccess'],
  ['single-cas', 'ClientAccess', 'HubTransport'],
])('%s', (rule, role, other) => {
  const hq = (...servers: Doc['servers'] & object): Doc => ({
    sites: [adSite('hq')],
    servers,
    infrastructure: [gc('DC01', { site: 'hq' })],
  });
  const at = { site: 'hq' };
  it(`notes an ad-site with a Mailbox server and exactly one ${role} server`, () => {
    expect(
      subjects(hq(server('MB1', ['Mailbox', role, other], at), server('X2', [other], at)), rule),
    ).toEqual([['hq']]);
  });
  it(`is quiet with two ${role} servers`, () => {
    expect(
      subjects(hq(server('MB1', ['Mailbox', role, other], at), server('X2', [role, other], at)), rule),
    ).toEqual([]);
  });
  it(`is quiet with none (that is an error of its own) and without a Mailbox server`, () => {
    expect(subjects(hq(server('MB1', ['Mailbox', other], at)), rule)).toEqual([]);
    expect(subjects(hq(server('X1', [role, other], at)), rule)).toEqual([]);
  });
  it(`does not count a legacy server listing ${role}`, () => {
    const old = server('OLD', [role], { ...at, product: 'exchange2003' });
    expect(
      subjects(hq(server('MB1', ['Mailbox', role, other], at), server('X2', [other], at), old), rule),
    ).toEqual([['hq']]);
  });
});
