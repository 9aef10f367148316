import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { parsePlan, serializePlan, type Plan } from '../model/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { dropPaletteItem, dropRole, moveItem } from './drop.ts';

const valid = (p: Plan) => expect(parsePlan(serializePlan(p)).ok).toBe(true);

function base() {
  return plan('Drop')
    .site('hq')
    .server('EX01', ['Mailbox'])
    .with((p) => ({ ...p, layout: { hq: { x: 0, y: 0, width: 600, height: 400 }, ex01: { x: 24, y: 56 } } }))
    .build();
}

const centreOf = (p: Plan, id: string) => {
  const b = resolveLayout(p).byId.get(id)!;
  return { x: b.absX + b.width / 2, y: b.absY + b.height / 2 };
};

describe('dropping palette items', () => {
  it('adds a role to the server under the point', () => {
    const p = base();
    const r = dropPaletteItem(p, { kind: 'role', role: 'HubTransport' }, centreOf(p, 'ex01'));
    expect(r.plan.servers.find((s) => s.id === 'ex01')!.roles).toEqual(['Mailbox', 'HubTransport']);
    expect(r.select).toEqual(['ex01']);
    valid(r.plan);
  });

  it('creates a server named EX02 holding the role on empty space in a site', () => {
    const p = base();
    const r = dropPaletteItem(p, { kind: 'role', role: 'ClientAccess' }, { x: 400, y: 300 });
    const created = r.plan.servers.find((s) => s.id === r.select[0])!;
    expect(created).toMatchObject({ name: 'EX02', site: 'hq', roles: ['ClientAccess'] });
    expect(r.plan.layout![created.id]).toEqual({ x: 400, y: 304 });
    valid(r.plan);
  });

  it('creates an unplaced server outside every site', () => {
    const r = dropPaletteItem(base(), { kind: 'server' }, { x: 2000, y: 2000 });
    const created = r.plan.servers.find((s) => s.id === r.select[0])!;
    expect(created.site).toBeUndefined();
    expect(created.name).toBe('EX02');
  });

  it('creates a CCR cluster of two enterprise Mailbox nodes in the site, witness on its hub', () => {
    const p = plan('C').site('hq').server('HUB01', ['HubTransport']).with((x) => ({ ...x, layout: { hq: { x: 0, y: 0, width: 900, height: 600 }, hub01: { x: 24, y: 56 } } })).build();
    const r = dropPaletteItem(p, { kind: 'cluster', type: 'CCR' }, { x: 300, y: 300 });
    const cluster = r.plan.clusters[0]!;
    const nodes = r.plan.servers.filter((s) => s.cluster === cluster.id);
    expect(cluster).toMatchObject({ name: 'CMS01', type: 'CCR', witness: 'hub01' });
    expect(nodes.map((n) => [n.site, n.roles, n.exchangeEdition, n.windowsEdition])).toEqual([
      ['hq', ['Mailbox'], 'enterprise', 'enterprise'],
      ['hq', ['Mailbox'], 'enterprise', 'enterprise'],
    ]);
    valid(r.plan);
  });

  it('puts a domain controller into the site as a global catalog', () => {
    const r = dropPaletteItem(base(), { kind: 'infrastructure', infraKind: 'domain-controller' }, { x: 300, y: 300 });
    expect(r.plan.infrastructure[0]).toMatchObject({ name: 'DC01', site: 'hq', globalCatalog: true });
  });
});

describe('moving', () => {
  it('moves a role chip to another server', () => {
    const p = plan('M').site('hq').server('EX01', ['Mailbox', 'HubTransport']).server('EX02', ['ClientAccess'])
      .with((x) => ({ ...x, layout: { hq: { x: 0, y: 0, width: 800, height: 400 }, ex01: { x: 24, y: 56 }, ex02: { x: 300, y: 56 } } })).build();
    const r = dropRole(p, 'ex01', 'HubTransport', centreOf(p, 'ex02'));
    expect(r.plan.servers.map((s) => s.roles)).toEqual([['Mailbox'], ['ClientAccess', 'HubTransport']]);
  });

  it('re-homes a server dragged into another site, keeping its place on screen', () => {
    const p = plan('M').site('a').server('EX01', ['Mailbox']).site('b')
      .with((x) => ({ ...x, layout: { a: { x: 0, y: 0, width: 400, height: 300 }, b: { x: 600, y: 0, width: 400, height: 300 }, ex01: { x: 24, y: 56 } } })).build();
    const next = moveItem(p, 'ex01', { x: 640, y: 80 });
    expect(next.servers[0]!.site).toBe('b');
    expect(next.layout!.ex01).toEqual({ x: 40, y: 80 });
    expect(resolveLayout(next).byId.get('ex01')).toMatchObject({ absX: 640, absY: 80 });
  });

  it('makes a server dragged into a cluster one of its nodes, and out again', () => {
    const p = plan('M').site('hq').server('EX01', ['Mailbox']).server('EX02', ['Mailbox']).cluster('CMS01', 'SCC', ['ex01'])
      .with((x) => ({ ...x, layout: { hq: { x: 0, y: 0, width: 900, height: 500 }, cms01: { x: 24, y: 56 }, ex01: { x: 16, y: 48 }, ex02: { x: 500, y: 56 } } })).build();
    const inside = moveItem(p, "ex02", { x: 24 + 16, y: 56 + 48 });
    expect(inside.servers[1]!.cluster).toBe('cms01');
    const out = moveItem(inside, 'ex02', { x: 600, y: 300 });
    expect(out.servers[1]!.cluster).toBeUndefined();
    expect(out.servers[1]!.site).toBe('hq');
    valid(out);
  });
});

describe('drops the inspector would refuse', () => {
  const withLegacy = () => {
    const p = plan('Drop')
      .site('hq')
      .server('EX01', ['Mailbox'])
      .server('EX2003', [], { product: 'exchange2003', legacyServicePack: 2 })
      .build();
    return { ...p, layout: { hq: { x: 0, y: 0, width: 800, height: 400 }, ex01: { x: 24, y: 56 }, ex2003: { x: 400, y: 56 } } };
  };

  it('refuses an Exchange 2007 role dropped on an Exchange 2003 server, saying why', () => {
    const p = withLegacy();
    const r = dropPaletteItem(p, { kind: 'role', role: 'HubTransport' }, centreOf(p, 'ex2003'));
    expect(r.plan).toBe(p);
    expect(r.refused).toMatch(/EX2003 runs Exchange 2003, and Exchange 2007 roles cannot share a computer with an earlier version. Drop Hub Transport/);
  });

  it('refuses a role chip moved onto an Exchange 2003 server, leaving it where it was', () => {
    const p = withLegacy();
    const r = dropRole(p, 'ex01', 'Mailbox', centreOf(p, 'ex2003'));
    expect(r.plan).toBe(p);
    expect(r.refused).toMatch(/EX2003 runs Exchange 2003.*Drop Mailbox on an Exchange 2007 server/);
    expect(dropRole(p, 'ex01', 'Mailbox', { x: 700, y: 300 }).refused).toBeUndefined();
  });
});
