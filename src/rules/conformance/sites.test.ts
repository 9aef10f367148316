// rules.md v2, "Sites and dependencies": the rules about what a site and the organization hold.
import { describe, expect, it } from 'vitest';
import { adSite, fired, gc, perimeter, server, subjects, withClean, type Doc } from './harness.ts';

const hq = adSite('hq');
const dc = gc('DC01', { site: 'hq' });
/** hq with the given servers and a suitable global catalog. */
const site = (...servers: Doc['servers'] & object): Doc => ({ sites: [hq], servers, infrastructure: [dc] });

describe('org-core-roles', () => {
  it('fires once, with no subjects, naming the two roles missing', () => {
    const [found, ...more] = fired(site(server('EX01', ['Mailbox'], { site: 'hq' })), 'org-core-roles');
    expect(more).toEqual([]);
    expect(found?.subjects).toEqual([]);
    expect(found?.message).toMatch(/Client ?Access/);
    expect(found?.message).toMatch(/Hub ?Transport/);
  });
  it('fires for one Exchange 2007 server with no role, naming all three', () => {
    const [found] = fired(site(server('EX01', [], { site: 'hq' })), 'org-core-roles');
    expect(found?.message).toMatch(/Mailbox/);
    expect(found?.message).toMatch(/Client ?Access/);
    expect(found?.message).toMatch(/Hub ?Transport/);
  });
  it('fires for an organization of one Edge server', () => {
    expect(
      subjects(
        { sites: [perimeter()], servers: [server('EDGE01', ['EdgeTransport'], { site: 'dmz' })] },
        'org-core-roles',
      ),
    ).toEqual([[]]);
  });
  it('is quiet for a plan with no Exchange 2007 server', () => {
    expect(subjects({}, 'org-core-roles')).toEqual([]);
    expect(
      subjects(site(server('OLD01', [], { site: 'hq', product: 'exchange2003' })), 'org-core-roles'),
    ).toEqual([]);
  });
  it('counts roles anywhere: an unplaced Mailbox and a Hub and Client Access elsewhere', () => {
    const doc = site(
      server('MB01', ['Mailbox']),
      server('HC01', ['HubTransport', 'ClientAccess'], { site: 'hq' }),
    );
    expect(subjects(doc, 'org-core-roles')).toEqual([]);
  });
});

describe.each([
  ['site-needs-hub', 'Mailbox', 'HubTransport'],
  ['site-needs-cas', 'Mailbox', 'ClientAccess'],
  ['um-needs-hub', 'UnifiedMessaging', 'HubTransport'],
])('%s', (rule, needy, partner) => {
  it(`fires for an ad-site with ${needy} and no ${partner}`, () => {
    expect(subjects(site(server('EX01', [needy], { site: 'hq' })), rule)).toEqual([['hq']]);
  });
  it(`is quiet when a server of the site has ${partner}`, () => {
    expect(
      subjects(
        site(server('EX01', [needy], { site: 'hq' }), server('EX02', [partner], { site: 'hq' })),
        rule,
      ),
    ).toEqual([]);
  });
  it(`is quiet when only a legacy server lists ${needy} (sites look at Exchange 2007 servers)`, () => {
    const doc = site(server('OLD01', [needy], { site: 'hq', product: 'exchange2003' }));
    expect(subjects(doc, rule)).toEqual([]);
  });
  it(`still fires when only a legacy server lists ${partner}`, () => {
    const doc = site(
      server('EX01', [needy], { site: 'hq' }),
      server('OLD01', [partner], { site: 'hq', product: 'exchange2003' }),
    );
    expect(subjects(doc, rule)).toEqual([['hq']]);
  });
  it(`does not count a ${partner} server in another site or unplaced`, () => {
    const doc = site(server('EX01', [needy], { site: 'hq' }), server('EX02', [partner]));
    expect(subjects(doc, rule)).toEqual([['hq']]);
  });
  it('is quiet for a perimeter site', () => {
    expect(
      subjects({ sites: [perimeter()], servers: [server('EX01', [needy], { site: 'dmz' })] }, rule),
    ).toEqual([]);
  });
});

describe('site-needs-hub with a cluster', () => {
  it('counts clustered Mailbox nodes as Mailbox servers of their site', () => {
    const node = (name: string) =>
      server(name, ['Mailbox'], {
        site: 'hq',
        cluster: 'c1',
        exchangeEdition: 'enterprise',
        windowsEdition: 'enterprise',
      });
    const doc: Doc = { ...site(node('N1'), node('N2')), clusters: [{ id: 'c1', name: 'C1', type: 'SCC' }] };
    expect(subjects(doc, 'site-needs-hub')).toEqual([['hq']]);
  });
});

describe('site-needs-gc', () => {
  const ex = server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'], { site: 'hq' });
  const withDcs = (infrastructure: Doc['infrastructure'], more: Doc = {}): Doc => ({
    sites: [hq],
    servers: [ex],
    infrastructure,
    ...more,
  });
  it('fires for an Exchange 2007 server with a role and no domain controller', () => {
    expect(subjects(withDcs([]), 'site-needs-gc')).toEqual([['hq']]);
  });
  it.each<[string, Record<string, unknown>, 'SP1' | 'RTM']>([
    ['a DC that is not a global catalog', { globalCatalog: false }, 'SP1'],
    ['a DC that leaves globalCatalog out (default false)', { globalCatalog: undefined }, 'SP1'],
    ['a read-only global catalog', { readOnly: true }, 'SP1'],
    ['a Windows 2000 global catalog', { os: 'windows2000' }, 'SP1'],
    ['a Windows Server 2003 RTM global catalog', { os: 'windows2003-rtm' }, 'SP1'],
    ['a Windows Server 2008 R2 global catalog with Exchange RTM', { os: 'windows2008r2' }, 'RTM'],
    ['a global catalog in another site', { site: 'br' }, 'SP1'],
    ['an unplaced global catalog', { site: undefined }, 'SP1'],
  ])('fires with only %s', (_, fields, servicePack) => {
    const doc = withDcs([gc('DC01', { site: 'hq', ...fields })], {
      sites: [hq, adSite('br')],
      exchange: { servicePack },
    });
    expect(subjects(doc, 'site-needs-gc')).toEqual([['hq']]);
  });
  it.each<[string, Record<string, unknown>, string]>([
    ['os left out (windows2003)', {}, 'SP1'],
    ['windows2003', { os: 'windows2003', readOnly: false }, 'SP1'],
    ['windows2008', { os: 'windows2008' }, 'RTM'],
    ['windows2008r2 from SP1', { os: 'windows2008r2' }, 'SP1'],
    ['windows2008r2 on SP3', { os: 'windows2008r2' }, 'SP3'],
  ])('is quiet with a writable global catalog, %s', (_, fields, servicePack) => {
    const doc = withDcs([gc('DC01', { site: 'hq', ...fields })], { exchange: { servicePack } });
    expect(subjects(doc, 'site-needs-gc')).toEqual([]);
  });
  it('counts a server that is domain controller and global catalog, with the same os limits', () => {
    const dcServer = (os?: string) =>
      server('DCX', [], { site: 'hq', domainController: true, globalCatalog: true, ...(os ? { os } : {}) });
    expect(subjects({ sites: [hq], servers: [ex, dcServer()] }, 'site-needs-gc')).toEqual([]);
    expect(subjects({ sites: [hq], servers: [ex, dcServer('windows2003-rtm')] }, 'site-needs-gc')).toEqual([
      ['hq'],
    ]);
    expect(
      subjects(
        { sites: [hq], servers: [ex, dcServer('windows2008r2')], exchange: { servicePack: 'RTM' } },
        'site-needs-gc',
      ),
    ).toEqual([['hq']]);
  });
  it('does not count a server that is a domain controller but not a global catalog', () => {
    expect(
      subjects(
        { sites: [hq], servers: [ex, server('DCX', [], { site: 'hq', domainController: true })] },
        'site-needs-gc',
      ),
    ).toEqual([['hq']]);
  });
  it('is quiet for a site whose Exchange 2007 servers have no role, or whose servers are legacy', () => {
    expect(subjects({ sites: [hq], servers: [server('EX01', [], { site: 'hq' })] }, 'site-needs-gc')).toEqual(
      [],
    );
    expect(
      subjects(
        { sites: [hq], servers: [server('OLD01', [], { site: 'hq', product: 'exchange2003' })] },
        'site-needs-gc',
      ),
    ).toEqual([]);
  });
  it('is quiet for a perimeter site', () => {
    expect(
      subjects(
        { sites: [perimeter()], servers: [server('EDGE01', ['EdgeTransport'], { site: 'dmz' })] },
        'site-needs-gc',
      ),
    ).toEqual([]);
  });
  it('counts an Edge Transport server in an ad-site as an Exchange 2007 server with a role', () => {
    const doc = { sites: [hq], servers: [server('EDGE01', ['EdgeTransport'], { site: 'hq' })] };
    expect(subjects(doc, 'site-needs-gc')).toEqual([['hq']]);
  });
});

describe('server-unplaced', () => {
  it('warns for every server with no site, whatever its product', () => {
    const doc = withClean({
      servers: [server('EX09', ['Mailbox']), server('OLD09', [], { product: 'exchange2003' })],
    });
    expect(subjects(doc, 'server-unplaced')).toEqual([['ex09'], ['old09']]);
  });
  it('is quiet for placed servers', () => {
    expect(subjects(withClean({}), 'server-unplaced')).toEqual([]);
  });
});
