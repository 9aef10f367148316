import { describe, expect, it } from 'vitest';
import { formatIssue, parsePlan } from './parse.ts';
import { serializePlan } from './serialize.ts';
import { plan } from './builder.ts';

const minimal = { format: 'exchange-topology-plan', version: 1, name: 'P', exchange: { servicePack: 'SP1' } };

function errorsOf(value: unknown): string[] {
  const r = parsePlan(value);
  if (r.ok) throw new Error('expected the plan to be refused');
  return r.errors.map(formatIssue);
}

describe('parsePlan', () => {
  it('accepts a minimal plan and applies defaults', () => {
    const r = parsePlan({ ...minimal, sites: [{ id: 'hq', name: 'HQ', kind: 'ad-site' }], servers: [{ id: 'a', name: 'EX01', site: 'hq', roles: ['Mailbox'] }] });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.plan.servers[0]).toMatchObject({ product: 'exchange2007', os: 'windows2003', arch: 'x64', windowsEdition: 'standard', exchangeEdition: 'standard', domainController: false, globalCatalog: false, lcr: false });
    expect(r.plan.links).toEqual([]);
  });

  it('refuses unknown fields, naming the path', () => {
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'EX01', rols: ['Mailbox'] }] })).toEqual(['servers[0].rols: unknown field']);
    expect(errorsOf({ ...minimal, colour: 'red' })).toEqual(['colour: unknown field']);
  });

  it('refuses a reference to a missing site', () => {
    const doc = { ...minimal, sites: [{ id: 'hq', name: 'HQ', kind: 'ad-site' }], servers: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c', name: 'C', site: 'hq2' }] };
    expect(errorsOf(doc)).toEqual(['servers[2].site: no site with id "hq2"']);
  });

  it('refuses a reference of the wrong kind', () => {
    const doc = { ...minimal, clusters: [{ id: 'cms', name: 'CMS', type: 'CCR' }], servers: [{ id: 'a', name: 'A', site: 'cms' }] };
    expect(errorsOf(doc)).toEqual(['servers[0].site: "cms" is a cluster, not a site']);
    expect(errorsOf({ ...minimal, sites: [{ id: 'hq', name: 'HQ', kind: 'ad-site' }], servers: [{ id: 'a', name: 'A', cluster: 'hq' }] })).toEqual(['servers[0].cluster: "hq" is a site, not a cluster']);
    expect(errorsOf({ ...minimal, clusters: [{ id: 'c', name: 'C', type: 'CCR', witness: 'nope' }] })).toEqual(['clusters[0].witness: no server with id "nope"']);
  });

  it('refuses duplicate ids across kinds', () => {
    const doc = { ...minimal, sites: [{ id: 'x', name: 'HQ', kind: 'ad-site' }], servers: [{ id: 'x', name: 'A' }] };
    expect(errorsOf(doc)).toEqual(['servers[0].id: id "x" is already used by a site']);
  });

  it('refuses links to missing items and layout for missing items', () => {
    expect(errorsOf({ ...minimal, links: [{ id: 'l', kind: 'connection', from: 'a', to: 'b' }] })).toEqual([
      'links[0].from: no item with id "a"',
      'links[0].to: no item with id "b"',
    ]);
    expect(errorsOf({ ...minimal, layout: { ghost: { x: 1, y: 2 } } })).toEqual(['layout.ghost: no site, server, cluster or infrastructure item with id "ghost"']);
  });

  it('refuses bad values with readable messages', () => {
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'A', roles: ['Mailbox', 'Mailbox'] }] })).toEqual(['servers[0].roles: a role is listed twice']);
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'A', roles: ['Mail'] }] })[0]).toMatch(/^servers\[0\]\.roles\[0\]: "Mail" is not a role; use one of Mailbox/);
    expect(errorsOf({ ...minimal, name: '' })).toEqual(['name: the plan name must not be empty']);
    expect(errorsOf({ ...minimal, name: 'x'.repeat(121) })).toEqual(['name: the plan name is at most 120 characters']);
    expect(errorsOf({ ...minimal, exchange: undefined })).toEqual(['exchange: is required']);
    expect(errorsOf({ ...minimal, sites: {} })).toEqual(['sites: must be a list, not an object']);
    expect(errorsOf({ ...minimal, clusters: [{ id: 'c', name: 'C', type: 'CCR', ipAddress: '10.0.0.256' }] })[0]).toMatch(/^clusters\[0\]\.ipAddress: must be an IPv4 address/);
    expect(errorsOf({ ...minimal, infrastructure: [{ id: 'i', name: 'I', kind: 'router' }] })[0]).toMatch(/^infrastructure\[0\]\.kind: unknown kind "router"/);
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'A', globalCatalog: true }] })[0]).toMatch(/^servers\[0\]\.globalCatalog: a global catalog must also be a domain controller/);
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'A', legacyServicePack: 2 }] })[0]).toMatch(/^servers\[0\]\.legacyServicePack: only for existing/);
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'A', cores: 2.5 }] })[0]).toMatch(/^servers\[0\]\.cores: must be a whole number/);
  });

  it('names the bad value, the path and what is allowed', () => {
    const servers = [{ id: 'a', name: 'EX01' }, { id: 'b', name: 'EX02', roles: ['Mailboxx'] }];
    expect(errorsOf({ ...minimal, servers })).toEqual([
      'servers[1].roles[0]: "Mailboxx" is not a role; use one of Mailbox, ClientAccess, HubTransport, UnifiedMessaging, EdgeTransport',
    ]);
    expect(errorsOf({ ...minimal, exchange: { servicePack: 'SP4' } })).toEqual([
      'exchange.servicePack: "SP4" is not a service pack; use one of RTM, SP1, SP2, SP3',
    ]);
    expect(errorsOf({ ...minimal, sites: [{ id: 'hq', name: 'HQ', kind: 'office' }] })).toEqual([
      'sites[0].kind: "office" is not a site kind; use one of ad-site, perimeter',
    ]);
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'A', os: 'windows2012' }] })).toEqual([
      'servers[0].os: "windows2012" is not an operating system; use one of windows2003, windows2003-rtm, windows2008, windows2008r2',
    ]);
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 12 }] })).toEqual(['servers[0].name: must be text, not the number 12']);
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'A', lcr: 'yes' }] })).toEqual(['servers[0].lcr: must be true or false, not the text "yes"']);
    expect(errorsOf({ ...minimal, servers: [{ id: 'a', name: 'A', cores: 0 }] })).toEqual(['servers[0].cores: must be at least 1, not 0']);
    expect(errorsOf({ ...minimal, clusters: [{ id: 'c', name: 'C', type: 'CCR', ipAddress: '10.0.0.256' }] })).toEqual([
      'clusters[0].ipAddress: must be an IPv4 address such as 10.0.0.50, not "10.0.0.256"',
    ]);
  });

  it('says a number is too large instead of "must be a number, not number" (1e309)', () => {
    const text = '{"format":"exchange-topology-plan","version":1,"name":"P","exchange":{"servicePack":"SP1"},"servers":[{"id":"a","name":"A","cores":1e309}],"layout":{"a":{"x":-1e309,"y":0}}}';
    const errors = errorsOf(text);
    expect(errors).toEqual([
      'servers[0].cores: is a number too large to hold (beyond 1.8e308); give an ordinary number',
      'layout.a.x: is a number too large to hold (beyond 1.8e308); give an ordinary number',
    ]);
    for (const e of errors) expect(e).not.toMatch(/not number/);
  });

  it('accepts a UTF-8 byte order mark before the JSON text', () => {
    const r = parsePlan(`\uFEFF${JSON.stringify(minimal)}`);
    expect(r.ok).toBe(true);
  });

  it('refuses what is not a plan, without throwing', () => {
    expect(errorsOf('{ nope')[0]).toMatch(/^not valid JSON/);
    expect(errorsOf('[]')).toEqual(['a plan must be a JSON object, not a list']);
    expect(errorsOf(null)).toEqual(['a plan must be a JSON object, not null']);
    expect(errorsOf({ ...minimal, format: 'drawio' })[0]).toMatch(/^format: must be "exchange-topology-plan"/);
    expect(errorsOf({ ...minimal, version: 2 })[0]).toMatch(/^version: this plan is format version 2, newer than this tool reads \(1\)/);
    expect(errorsOf({ ...minimal, version: 0 })[0]).toMatch(/^version: /);
  });
});

describe('serializePlan', () => {
  const p = plan('Round trip').site('hq').server('EX01', ['Mailbox', 'HubTransport'], { cores: 4 }).gc().link('connection', 'ex01', 'dc01').build();

  it('round-trips through parsePlan', () => {
    const r = parsePlan(serializePlan(p));
    expect(r.ok && r.plan).toEqual(p);
  });

  it('omits defaults and is stable', () => {
    const text = serializePlan(p);
    expect(text).not.toContain('"arch"');
    expect(text).not.toContain('exchange2007');
    expect(text).toContain('"cores": 4');
    expect(serializePlan(p)).toBe(text);
  });

  it('keeps names with quotes and colons intact', () => {
    const tricky = plan('a":b, "c": d').site('hq', 'ad-site', 'x","y').build();
    const r = parsePlan(serializePlan(tricky));
    expect(r.ok && r.plan.name).toBe('a":b, "c": d');
    expect(r.ok && r.plan.sites[0]!.name).toBe('x","y');
  });
});
