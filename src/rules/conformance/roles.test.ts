// rules.md v2, "Roles on one computer", case by case from the table.
import { describe, expect, it } from 'vitest';
import { cluster, node, perimeter, server, subjects, withClean } from './harness.ts';

const dmz = perimeter('dmz');

describe('edge-alone', () => {
  it.each(['HubTransport', 'Mailbox', 'ClientAccess', 'UnifiedMessaging'])(
    'fires for Edge Transport with %s',
    (other) => {
      expect(
        subjects(
          { sites: [dmz], servers: [server('EDGE01', ['EdgeTransport', other], { site: 'dmz' })] },
          'edge-alone',
        ),
      ).toEqual([['edge01']]);
    },
  );
  it('fires once for Edge Transport with every other role', () => {
    const roles = ['EdgeTransport', 'Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging'];
    expect(
      subjects({ sites: [dmz], servers: [server('EDGE01', roles, { site: 'dmz' })] }, 'edge-alone'),
    ).toEqual([['edge01']]);
  });
  it('fires for an unplaced server too', () => {
    expect(
      subjects({ servers: [server('EDGE01', ['EdgeTransport', 'HubTransport'])] }, 'edge-alone'),
    ).toEqual([['edge01']]);
  });
  it('is quiet for Edge Transport alone', () => {
    expect(
      subjects(
        { sites: [dmz], servers: [server('EDGE01', ['EdgeTransport'], { site: 'dmz' })] },
        'edge-alone',
      ),
    ).toEqual([]);
  });
});

describe('edge-outside-forest', () => {
  it('warns for Edge Transport in an ad-site', () => {
    expect(
      subjects(
        withClean({ servers: [server('EDGE01', ['EdgeTransport'], { site: 'hq' })] }),
        'edge-outside-forest',
      ),
    ).toEqual([['edge01']]);
  });
  it('warns alongside edge-alone for Edge with Hub Transport in an ad-site', () => {
    const doc = withClean({ servers: [server('EDGE01', ['EdgeTransport', 'HubTransport'], { site: 'hq' })] });
    expect(subjects(doc, 'edge-outside-forest')).toEqual([['edge01']]);
    expect(subjects(doc, 'edge-alone')).toEqual([['edge01']]);
  });
  it('is quiet in a perimeter site', () => {
    expect(
      subjects(
        { sites: [dmz], servers: [server('EDGE01', ['EdgeTransport'], { site: 'dmz' })] },
        'edge-outside-forest',
      ),
    ).toEqual([]);
  });
  it('is quiet for an unplaced Edge (not in an ad-site)', () => {
    expect(subjects({ servers: [server('EDGE01', ['EdgeTransport'])] }, 'edge-outside-forest')).toEqual([]);
  });
});

describe('role-needs-forest', () => {
  it.each(['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging'])(
    'fires for %s in a perimeter site',
    (role) => {
      expect(
        subjects({ sites: [dmz], servers: [server('EX01', [role], { site: 'dmz' })] }, 'role-needs-forest'),
      ).toEqual([['ex01']]);
    },
  );
  it('fires once for a server with several forest roles', () => {
    const doc = {
      sites: [dmz],
      servers: [server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'], { site: 'dmz' })],
    };
    expect(subjects(doc, 'role-needs-forest')).toEqual([['ex01']]);
  });
  it('fires with edge-alone for Edge plus Hub Transport in the perimeter', () => {
    const doc = {
      sites: [dmz],
      servers: [server('EDGE01', ['EdgeTransport', 'HubTransport'], { site: 'dmz' })],
    };
    expect(subjects(doc, 'role-needs-forest')).toEqual([['edge01']]);
    expect(subjects(doc, 'edge-alone')).toEqual([['edge01']]);
  });
  it('is quiet for Edge Transport in the perimeter, for an ad-site and for an unplaced server', () => {
    expect(
      subjects(
        { sites: [dmz], servers: [server('EDGE01', ['EdgeTransport'], { site: 'dmz' })] },
        'role-needs-forest',
      ),
    ).toEqual([]);
    expect(subjects(withClean({}), 'role-needs-forest')).toEqual([]);
    expect(subjects({ servers: [server('EX01', ['Mailbox'])] }, 'role-needs-forest')).toEqual([]);
  });
});

describe('cluster-mailbox-only', () => {
  const one = (roles: string[]) =>
    withClean({
      servers: [node('N1', 'c1', { site: 'hq', roles }), node('N2', 'c1', { site: 'hq' })],
      clusters: [cluster('C1', 'SCC')],
    });
  it('fires for a node with Mailbox and Client Access, naming server then cluster', () => {
    expect(subjects(one(['Mailbox', 'ClientAccess']), 'cluster-mailbox-only')).toEqual([['n1', 'c1']]);
  });
  it('fires for a node with Hub Transport only (and cluster-node-mailbox too)', () => {
    expect(subjects(one(['HubTransport']), 'cluster-mailbox-only')).toEqual([['n1', 'c1']]);
    expect(subjects(one(['HubTransport']), 'cluster-node-mailbox')).toEqual([['n1', 'c1']]);
  });
  it('is quiet for a Mailbox-only node and for a node with no roles', () => {
    expect(subjects(one(['Mailbox']), 'cluster-mailbox-only')).toEqual([]);
    expect(subjects(one([]), 'cluster-mailbox-only')).toEqual([]);
  });
});

describe('cluster-node-mailbox', () => {
  const one = (fields: Record<string, unknown>) =>
    withClean({
      servers: [node('N1', 'c1', { site: 'hq', ...fields }), node('N2', 'c1', { site: 'hq' })],
      clusters: [cluster('C1', 'SCC')],
    });
  it('fires for a node with no roles and for a node whose roles are absent', () => {
    expect(subjects(one({ roles: [] }), 'cluster-node-mailbox')).toEqual([['n1', 'c1']]);
    const absent = one({});
    delete (absent.servers![2] as { roles?: unknown }).roles;
    expect(subjects(absent, 'cluster-node-mailbox')).toEqual([['n1', 'c1']]);
  });
  it('is quiet for a Mailbox node', () => {
    expect(subjects(one({}), 'cluster-node-mailbox')).toEqual([]);
  });
});

describe('legacy-no-2007-roles', () => {
  it.each([
    ['exchange2003', 'Mailbox'],
    ['exchange2000', 'HubTransport'],
    ['exchange55', 'ClientAccess'],
  ])('fires for a %s server listing %s', (product, role) => {
    expect(
      subjects(
        withClean({ servers: [server('OLD01', [role], { site: 'hq', product })] }),
        'legacy-no-2007-roles',
      ),
    ).toEqual([['old01']]);
  });
  it('is quiet for legacy servers without roles and for Exchange 2007 by default', () => {
    const doc = withClean({
      servers: [
        server('OLD01', [], { site: 'hq', product: 'exchange2003' }),
        { id: 'old02', name: 'OLD02', product: 'exchange2000', site: 'hq' },
      ],
    });
    expect(subjects(doc, 'legacy-no-2007-roles')).toEqual([]);
    expect(
      subjects(
        withClean({ servers: [server('NEW01', ['Mailbox'], { site: 'hq' })] }),
        'legacy-no-2007-roles',
      ),
    ).toEqual([]);
  });
});
