import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPlan, makeInfrastructure, makeServer } from '../model/edits.ts';
import { plan as build } from '../model/builder.ts';
import { parsePlan } from '../model/parse.ts';
import { serializePlan } from '../model/serialize.ts';
import { ROLES, type Plan, type Role } from '../model/schema.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { TEMPLATES } from '../templates/index.ts';
import { arrange } from './arrange.ts';
import { threeSitePlan } from '../render/testing/threeSitePlan.ts';
import { outsideParent, siblingOverlaps } from './overlaps.ts';

/** A large plan built directly (the builder copies per call): sites, CCR pairs, unplaced servers. */
function largePlan(servers: number, sites = 12): Plan {
  const p = emptyPlan('Large');
  p.sites.push({ id: 'dmz', name: 'Perimeter network', kind: 'perimeter' });
  for (let s = 0; s < sites; s++) p.sites.push({ id: `site${s}`, name: `Site ${s}`, kind: 'ad-site' });
  for (let i = 0; i < servers; i++) {
    const site = i % 50 === 49 ? undefined : `site${i % sites}`;
    const role = ROLES[i % 4] as Role;
    const cluster = i % 10 < 2 ? `cms${Math.floor(i / 10)}` : undefined;
    p.servers.push(
      makeServer({
        id: `ex${i}`,
        name: `EX${i}`,
        roles: cluster ? ['Mailbox'] : [role],
        ...(site ? { site } : {}),
        ...(cluster ? { cluster } : {}),
      }),
    );
    if (cluster && i % 10 === 0) p.clusters.push({ id: cluster, name: `CMS${i}`, type: 'CCR' });
    if (i % 100 === 0)
      p.servers.push(makeServer({ id: `edge${i}`, name: `EDGE${i}`, site: 'dmz', roles: ['EdgeTransport'] }));
  }
  for (let s = 0; s < sites; s++)
    p.infrastructure.push(
      makeInfrastructure({ id: `dc${s}`, kind: 'domain-controller', name: `DC${s}`, site: `site${s}` }),
    );
  p.infrastructure.push(makeInfrastructure({ id: 'net', kind: 'internet', name: 'Internet' }));
  p.infrastructure.push(makeInfrastructure({ id: 'fw1', kind: 'firewall', name: 'Firewall 1' }));
  p.infrastructure.push(makeInfrastructure({ id: 'fw2', kind: 'firewall', name: 'Firewall 2' }));
  p.infrastructure.push(makeInfrastructure({ id: 'loose', kind: 'clients', name: 'Roaming clients' }));
  p.links.push({ id: 'l1', kind: 'connection', from: 'net', to: 'fw1' });
  return p;
}

function expectTidy(p: Plan) {
  const arranged = arrange(p);
  for (const item of [...p.sites, ...p.servers, ...p.clusters, ...p.infrastructure])
    expect(arranged.layout?.[item.id], item.id).toBeDefined();
  for (const site of p.sites) expect(arranged.layout?.[site.id]?.width, site.id).toBeGreaterThan(0);
  const resolved = resolveLayout(arranged);
  expect(siblingOverlaps(resolved)).toEqual([]);
  expect(outsideParent(resolved)).toEqual([]);
  // The stored site sizes are the sizes drawn: nothing grows when rendered.
  for (const site of p.sites)
    expect(resolved.byId.get(site.id)?.width).toBe(arranged.layout?.[site.id]?.width);
  return { arranged, resolved };
}

const x = (p: Plan, id: string) => resolveLayout(p).byId.get(id)!.absX;
const y = (p: Plan, id: string) => resolveLayout(p).byId.get(id)!.absY;

describe('arrange', () => {
  it.each(TEMPLATES)('lays out $id tidily, idempotently, and ignoring the old layout', ({ plan }) => {
    const { arranged } = expectTidy(plan);
    expect(arrange(arranged).layout).toEqual(arranged.layout);
    expect(arrange({ ...plan, layout: {} }).layout).toEqual(arranged.layout);
    expect(parsePlan(serializePlan(arranged)).ok).toBe(true);
  });

  it('reads from the Internet in: Internet, outer firewall, perimeter, inner firewall, then the AD sites beside or below; unplaced below all', () => {
    const { arranged } = expectTidy(largePlan(200, 3));
    const band = ['net', 'fw1', 'dmz', 'fw2'].map((id) => x(arranged, id));
    expect(band).toEqual([...band].sort((a, b) => a - b));
    const bandBottom = Math.max(...['net', 'fw1', 'dmz', 'fw2'].map((id) => y(arranged, id) + resolveLayout(arranged).byId.get(id)!.height));
    for (const site of ['site0', 'site1', 'site2'])
      expect(x(arranged, site) > x(arranged, 'fw2') || y(arranged, site) >= bandBottom, site).toBe(true);
    const lowest = Math.max(
      ...arranged.sites.map((s) => y(arranged, s.id) + arranged.layout![s.id]!.height!),
    );
    expect(y(arranged, 'ex49')).toBeGreaterThan(lowest);
    expect(y(arranged, 'loose')).toBeGreaterThan(lowest);
  });

  it('shapes the drawing like a screen (about 16:10), not a strip', () => {
    for (const p of [largePlan(200, 3), largePlan(1000), threeSitePlan()]) {
      const arranged = arrange(p);
      const sites = resolveLayout({ ...arranged, servers: arranged.servers.filter((s) => s.site) }).bounds;
      expect(sites.width / sites.height).toBeGreaterThan(0.8);
      expect(sites.width / sites.height).toBeLessThan(3.2);
    }
  });

  it('orders a site by role: Client Access, Hub Transport, Mailbox, clusters, Unified Messaging; infrastructure in its own row', () => {
    const p = build()
      .site('hq')
      .server('UM01', ['UnifiedMessaging'])
      .server('MBX02', ['Mailbox'], { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' })
      .server('MBX03', ['Mailbox'], { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' })
      .cluster('CMS01', 'CCR', ['mbx02', 'mbx03'])
      .server('MBX01', ['Mailbox'])
      .server('HUB01', ['HubTransport'])
      .server('CAS01', ['ClientAccess'])
      .gc('DC01')
      .build();
    const { arranged } = expectTidy(p);
    // Reading order: row by row, left to right.
    const reading = ['cas01', 'hub01', 'mbx01', 'cms01', 'um01'].map(
      (id) => y(arranged, id) * 1e6 + x(arranged, id),
    );
    expect(reading).toEqual([...reading].sort((a, b) => a - b));
    expect(y(arranged, 'mbx02')).toBe(y(arranged, 'mbx03'));
    expect(x(arranged, 'mbx02')).toBeLessThan(x(arranged, 'mbx03'));
    expect(y(arranged, 'dc01')).toBeGreaterThan(
      y(arranged, 'cms01') + resolveLayout(arranged).byId.get('cms01')!.height,
    );
  });

  it('does not depend on the order of the plan, and leaves its input alone', () => {
    const p = largePlan(120, 4);
    const before = serializePlan(p);
    const shuffled = {
      ...p,
      servers: [...p.servers].reverse(),
      infrastructure: [...p.infrastructure].reverse(),
    };
    expect(arrange(shuffled).layout).toEqual(arrange(p).layout);
    expect(serializePlan(p)).toBe(before);
  });

  it('puts clusters split across sites, and their nodes, in the unplaced row', () => {
    const p = build()
      .site('a')
      .site('b')
      .server('N1', ['Mailbox'], { site: 'a' })
      .server('N2', ['Mailbox'], { site: 'b' })
      .cluster('CMS', 'CCR', ['n1', 'n2'])
      .build();
    const { resolved } = expectTidy(p);
    expect(resolved.byId.get('cms')?.parent).toBeUndefined();
    expect(resolved.byId.get('n1')?.parent).toBe('cms');
  });

  it('handles an empty plan and a plan of only unplaced items', () => {
    expect(arrange(emptyPlan()).layout).toEqual({});
    expectTidy(build().server('EX01', ['Mailbox']).server('EX02', []).build());
  });

  it('arranges 1,000 servers across a dozen sites without overlaps, idempotently', () => {
    const { arranged } = expectTidy(largePlan(1000));
    expect(arrange(arranged).layout).toEqual(arranged.layout);
  });

  it('never overlaps, whatever the mix of sites, servers and clusters', () => {
    const shape = fc.record({
      sites: fc.integer({ min: 0, max: 6 }),
      servers: fc.array(
        fc.record({
          site: fc.integer({ min: -1, max: 5 }),
          roles: fc.subarray([...ROLES]),
          cluster: fc.integer({ min: -1, max: 3 }),
        }),
        { maxLength: 40 },
      ),
    });
    fc.assert(
      fc.property(shape, ({ sites, servers }) => {
        const p = emptyPlan();
        for (let s = 0; s < sites; s++)
          p.sites.push({ id: `s${s}`, name: `S${s}`, kind: s % 3 === 2 ? 'perimeter' : 'ad-site' });
        for (let c = 0; c < 4; c++) p.clusters.push({ id: `c${c}`, name: `C${c}`, type: 'SCC' });
        servers.forEach((s, i) => {
          const site = s.site >= 0 && s.site < sites ? `s${s.site}` : undefined;
          p.servers.push(
            makeServer({
              id: `x${i}`,
              name: `X${i}`,
              roles: s.roles,
              ...(site ? { site } : {}),
              ...(s.cluster >= 0 ? { cluster: `c${s.cluster}` } : {}),
            }),
          );
        });
        const resolved = resolveLayout(arrange(p));
        return siblingOverlaps(resolved).length === 0 && outsideParent(resolved).length === 0;
      }),
      { numRuns: 150 },
    );
  });
});
