// rules.md v2, hub-mailbox-ratio and gc-mailbox-ratio: the arithmetic, R = 8 or 4, and when they stay quiet.
import { describe, expect, it } from 'vitest';
import { adSite, cluster, fired, gc, node, server, subjects, type Doc } from './harness.ts';

const hq = { site: 'hq' };
const cores = (n: number | undefined) => (n === undefined ? {} : { cores: n });

describe('hub-mailbox-ratio', () => {
  /** hq: Mailbox server MB1 with `mb` cores, Hub (and CAS) server HUB1 with `hub` cores, a GC without cores. */
  const site = (mb: number | undefined, hub: number | undefined, more: Doc['servers'] = []): Doc => ({
    sites: [adSite('hq'), adSite('br')],
    servers: [
      server('MB1', ['Mailbox'], { ...hq, ...cores(mb) }),
      server('HUB1', ['HubTransport', 'ClientAccess'], { ...hq, ...cores(hub) }),
      ...more,
    ],
    infrastructure: [gc('DC01', hq)],
  });
  it('is quiet at exactly 5 Mailbox cores per Hub core, and warns one core above', () => {
    expect(subjects(site(10, 2), 'hub-mailbox-ratio')).toEqual([]);
    expect(subjects(site(11, 2), 'hub-mailbox-ratio')).toEqual([['hq']]);
  });
  it('sums every Mailbox and every Hub server of the site', () => {
    const more = [
      server('MB2', ['Mailbox'], { ...hq, cores: 5 }),
      server('HUB2', ['HubTransport'], { ...hq, cores: 1 }),
    ];
    expect(subjects(site(10, 2, more), 'hub-mailbox-ratio')).toEqual([]);
    expect(subjects(site(11, 2, more), 'hub-mailbox-ratio')).toEqual([['hq']]);
  });
  it('counts a server with Mailbox and Hub Transport on both sides', () => {
    const both = server('MBHT', ['Mailbox', 'HubTransport'], { ...hq, cores: 2 });
    expect(subjects(site(13, 1, [both]), 'hub-mailbox-ratio')).toEqual([]);
    expect(subjects(site(14, 1, [both]), 'hub-mailbox-ratio')).toEqual([['hq']]);
  });
  it('stays quiet when a Mailbox or a Hub server of the site does not state cores', () => {
    expect(subjects(site(undefined, 1), 'hub-mailbox-ratio')).toEqual([]);
    expect(subjects(site(50, undefined), 'hub-mailbox-ratio')).toEqual([]);
    expect(subjects(site(50, 1, [server('HUB2', ['HubTransport'], hq)]), 'hub-mailbox-ratio')).toEqual([]);
  });
  it('stays quiet with no Hub Transport in the site (site-needs-hub alone)', () => {
    const doc: Doc = {
      sites: [adSite('hq')],
      servers: [server('MB1', ['Mailbox', 'ClientAccess'], { ...hq, cores: 8 })],
      infrastructure: [gc('DC01', hq)],
    };
    expect(subjects(doc, 'hub-mailbox-ratio')).toEqual([]);
    expect(subjects(doc, 'site-needs-hub')).toEqual([['hq']]);
  });
  it('looks only at the servers of the site itself', () => {
    const elsewhere = [
      server('BRMB', ['Mailbox'], { site: 'br', cores: 40 }),
      server('LOOSE', ['Mailbox'], { cores: 40 }),
    ];
    expect(subjects(site(10, 2, elsewhere), 'hub-mailbox-ratio')).toEqual([]);
  });
  it('counts every node of a cluster as a Mailbox server', () => {
    const doc = site(undefined, 2);
    doc.servers = [
      doc.servers![1]!,
      node('N1', 'c1', { ...hq, cores: 8 }),
      node('N2', 'c1', { ...hq, cores: 8 }),
    ];
    doc.clusters = [cluster('C1', 'SCC')];
    expect(subjects(doc, 'hub-mailbox-ratio')).toEqual([['hq']]);
  });
});

describe('gc-mailbox-ratio', () => {
  /** hq: MB1 with `mb` cores, a Hub/CAS server without cores, and the given catalogs. */
  const site = (
    mb: number | undefined,
    infrastructure: Doc['infrastructure'],
    more: Doc['servers'] = [],
  ): Doc => ({
    sites: [adSite('hq')],
    servers: [
      server('MB1', ['Mailbox'], { ...hq, ...cores(mb) }),
      server('HUB1', ['HubTransport', 'ClientAccess'], hq),
      ...more,
    ],
    infrastructure,
  });
  const x64 = (n: number, name = 'DC01') => gc(name, { ...hq, cores: n, arch: 'x64' });
  it('with 64-bit catalogs, is quiet at 8 Mailbox cores per catalog core, and warns one above, saying 1 per 8', () => {
    expect(subjects(site(8, [x64(1)]), 'gc-mailbox-ratio')).toEqual([]);
    const [found] = fired(site(9, [x64(1)]), 'gc-mailbox-ratio');
    expect(found?.subjects).toEqual(['hq']);
    expect(found?.message).toMatch(/\b8\b/);
    expect(found?.message).toContain('1 global catalog core for 9 Mailbox cores');
  });
  it('assumes 32-bit for a catalog that does not state arch, and says so naming it', () => {
    const dc = gc('DC01', { ...hq, cores: 1 });
    expect(subjects(site(4, [dc]), 'gc-mailbox-ratio')).toEqual([]);
    const [found] = fired(site(5, [dc]), 'gc-mailbox-ratio');
    expect(found?.subjects).toEqual(['hq']);
    expect(found?.message).toContain('DC01');
    expect(found?.message).toMatch(/32-bit/);
    expect(found?.message).toMatch(/\b4\b/);
  });
  it('uses 1 per 4 with an x86 catalog', () => {
    const dc = gc('DC01', { ...hq, cores: 1, arch: 'x86' });
    expect(subjects(site(4, [dc]), 'gc-mailbox-ratio')).toEqual([]);
    expect(subjects(site(5, [dc]), 'gc-mailbox-ratio')).toEqual([['hq']]);
  });
  it('uses 1 per 4 for all catalogs when one of them is not 64-bit', () => {
    const mixed = [x64(1), gc('DC02', { ...hq, cores: 1 })];
    expect(subjects(site(8, mixed), 'gc-mailbox-ratio')).toEqual([]);
    expect(subjects(site(9, mixed), 'gc-mailbox-ratio')).toEqual([['hq']]);
  });
  it('counts a server that is a global catalog as 64-bit unless its arch says x86', () => {
    const dcServer = (arch?: string) =>
      server('DCX', [], {
        ...hq,
        domainController: true,
        globalCatalog: true,
        cores: 1,
        ...(arch ? { arch } : {}),
      });
    expect(subjects(site(8, [], [dcServer()]), 'gc-mailbox-ratio')).toEqual([]);
    expect(subjects(site(9, [], [dcServer()]), 'gc-mailbox-ratio')).toEqual([['hq']]);
    expect(subjects(site(5, [], [dcServer('x86')]), 'gc-mailbox-ratio')).toEqual([['hq']]);
  });
  it('counts nothing for read-only or unsuitable catalogs, neither their cores nor their arch', () => {
    const ignored = [
      gc('RODC', { ...hq, readOnly: true, cores: 64 }),
      gc('OLD', { ...hq, os: 'windows2000', cores: 64 }),
    ];
    expect(subjects(site(8, [x64(1), ...ignored]), 'gc-mailbox-ratio')).toEqual([]);
    expect(subjects(site(9, [x64(1), ...ignored]), 'gc-mailbox-ratio')).toEqual([['hq']]);
  });
  it('stays quiet without a suitable catalog (site-needs-gc alone)', () => {
    const doc = site(64, [gc('RODC', { ...hq, readOnly: true, cores: 1, arch: 'x64' })]);
    expect(subjects(doc, 'gc-mailbox-ratio')).toEqual([]);
    expect(subjects(doc, 'site-needs-gc')).toEqual([['hq']]);
  });
  it('stays quiet when a Mailbox server or a suitable catalog does not state cores', () => {
    expect(subjects(site(undefined, [x64(1)]), 'gc-mailbox-ratio')).toEqual([]);
    expect(subjects(site(64, [x64(1), gc('DC02', hq)]), 'gc-mailbox-ratio')).toEqual([]);
  });
  it('ignores a domain controller that is not a global catalog, with or without cores', () => {
    const plainDc = { id: 'dc9', kind: 'domain-controller', name: 'DC9', site: 'hq' };
    expect(subjects(site(9, [x64(1), plainDc]), 'gc-mailbox-ratio')).toEqual([['hq']]);
  });
});
