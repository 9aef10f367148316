import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import type { Plan } from '../model/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { dropPaletteItem, dropRole, moveItem, moveRefusal } from './drop.ts';
import { dropTarget } from './dropTarget.ts';

const ENT = { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' } as const;

/** Two sites side by side; a full CCR cluster and an Exchange 2003 server in the first. */
function base(): Plan {
  return plan('T')
    .site('a')
    .server('CAS01', ['ClientAccess'])
    .server('N1', ['Mailbox'], ENT)
    .server('N2', ['Mailbox'], ENT)
    .cluster('CMS01', 'CCR', ['n1', 'n2'])
    .server('OLD', [], { product: 'exchange2003' })
    .server('MBX01', ['Mailbox'])
    .site('b')
    .with((p) => ({
      ...p,
      layout: {
        a: { x: 0, y: 0, width: 900, height: 400 },
        b: { x: 1000, y: 0, width: 400, height: 400 },
        cas01: { x: 24, y: 56 },
        cms01: { x: 240, y: 56 },
        n1: { x: 16, y: 40 },
        n2: { x: 216, y: 40 },
        old: { x: 24, y: 240 },
        mbx01: { x: 240, y: 240 },
      },
    }))
    .build();
}

const centre = (p: Plan, id: string) => {
  const b = resolveLayout(p).byId.get(id)!;
  return { x: b.absX + b.width / 2, y: b.absY + b.height / 2 };
};

describe('drop targets', () => {
  it('are decided by the pointer, not the card: a card mostly over site a joins site b under the pointer', () => {
    const p = base();
    // The card's top-left 100 px left of site b, so its centre lies in site a; the pointer is in b.
    const next = moveItem(p, 'mbx01', { x: 900, y: 100 }, { x: 1010, y: 110 });
    expect(next.servers.find((s) => s.id === 'mbx01')!.site).toBe('b');
    expect(dropTarget(p, { kind: 'items', ids: ['mbx01'] }, { x: 1010, y: 110 }).box?.id).toBe('b');
  });

  it('refuse an Exchange 2007 role on an Exchange 2003 server, saying why', () => {
    const p = base();
    const target = dropTarget(p, { kind: 'palette', item: { kind: 'role', role: 'HubTransport' } }, centre(p, 'old'));
    expect(target.box?.id).toBe('old');
    expect(target.refused).toMatch(/OLD runs Exchange 2003, and Exchange 2007 roles cannot share a computer with an earlier version/);
    const result = dropPaletteItem(p, { kind: 'role', role: 'HubTransport' }, centre(p, 'old'));
    expect(result.plan).toBe(p);
    expect(result.refused).toBe(target.refused);
  });

  it('refuse a role the server already runs, and let a role chip go to another server', () => {
    const p = base();
    expect(dropRole(p, 'cas01', 'ClientAccess', centre(p, 'cas01')).plan).toBe(p);
    expect(dropTarget(p, { kind: 'role', role: 'Mailbox', from: 'cas01' }, centre(p, 'mbx01')).refused).toMatch(/already runs Mailbox/);
    const moved = dropRole(p, 'cas01', 'ClientAccess', centre(p, 'mbx01'));
    expect(moved.plan.servers.find((s) => s.id === 'mbx01')!.roles).toEqual(['Mailbox', 'ClientAccess']);
  });

  it('refuse a third node in a CCR cluster and a server with other roles in any cluster; the card stays put', () => {
    const p = base();
    const inCluster = centre(p, 'n1');
    expect(moveRefusal(p, 'mbx01', { x: 300, y: 100 }, inCluster)).toMatch(/CMS01 is a CCR cluster: it has exactly two nodes/);
    expect(moveItem(p, 'mbx01', { x: 300, y: 100 }, inCluster)).toBe(p);
    expect(moveRefusal(p, 'cas01', { x: 300, y: 100 }, inCluster)).toMatch(/Only the Mailbox role may run on a cluster node: CAS01 also runs Client Access/);
    expect(dropTarget(p, { kind: 'palette', item: { kind: 'legacy', product: 'exchange2003' } }, inCluster).refused).toMatch(/only Exchange 2007 Mailbox servers/);
    expect(dropTarget(p, { kind: 'palette', item: { kind: 'role', role: 'UnifiedMessaging' } }, { x: 260, y: 180 }).refused).toMatch(/Only the Mailbox role/);
  });

  it('make a server dropped into a cluster with room one of its nodes: Mailbox, Enterprise editions', () => {
    const p = base();
    const scc = { ...p, clusters: p.clusters.map((c) => ({ ...c, type: 'SCC' as const })) };
    const result = dropPaletteItem(scc, { kind: 'server' }, centre(scc, 'n2'));
    const created = result.plan.servers.find((s) => s.id === result.select[0])!;
    expect(created).toMatchObject({ cluster: 'cms01', site: 'a', roles: ['Mailbox'], exchangeEdition: 'enterprise', windowsEdition: 'enterprise' });
    expect(dropTarget(scc, { kind: 'items', ids: ['mbx01'] }, centre(scc, 'n1'))).toMatchObject({ box: { id: 'cms01' } });
    expect(dropTarget(scc, { kind: 'items', ids: ['mbx01'] }, centre(scc, 'n1')).refused).toBeUndefined();
  });

  it('name no target for a site, and the bare canvas outside every site', () => {
    const p = base();
    expect(dropTarget(p, { kind: 'items', ids: ['a'] }, { x: 1100, y: 100 }).box).toBeUndefined();
    expect(dropTarget(p, { kind: 'palette', item: { kind: 'server' } }, { x: 2000, y: 900 }).box).toBeUndefined();
  });
});
