import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import type { Plan } from '../model/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { removeKeepingContents } from './unwrap.ts';

function sample(): Plan {
  return plan('U')
    .site('hq')
    .server('N1', ['Mailbox'])
    .server('N2', ['Mailbox'])
    .cluster('CMS01', 'CCR', ['n1', 'n2'])
    .server('HUB01', ['HubTransport'])
    .gc('DC01')
    .link('scr', 'cms01', 'hub01', 'scr')
    .with((p) => ({
      ...p,
      layout: {
        hq: { x: 100, y: 50, width: 800, height: 400 },
        cms01: { x: 24, y: 56 },
        n1: { x: 16, y: 40 },
        n2: { x: 216, y: 40 },
        hub01: { x: 500, y: 56 },
        dc01: { x: 24, y: 250 },
      },
    }))
    .build();
}

const where = (p: Plan) => new Map(resolveLayout(p).boxes.map((b) => [b.id, [b.absX, b.absY]]));

describe('removeKeepingContents', () => {
  it('removes a site; its servers, cluster and infrastructure stay exactly where they were drawn', () => {
    const p = sample();
    const next = removeKeepingContents(p, ['hq']);
    expect(next.sites).toEqual([]);
    const before = where(p);
    for (const [id, at] of where(next)) expect(at, id).toEqual(before.get(id));
    expect(next.servers.every((s) => s.site === undefined)).toBe(true);
    expect(next.clusters).toHaveLength(1);
  });

  it('removes a cluster; its nodes become servers of the site, in place', () => {
    const p = sample();
    const next = removeKeepingContents(p, ['cms01']);
    expect(next.clusters).toEqual([]);
    expect(next.servers.find((s) => s.id === 'n1')).toMatchObject({ site: 'hq' });
    expect(next.servers.find((s) => s.id === 'n1')!.cluster).toBeUndefined();
    const before = where(p);
    for (const id of ['n1', 'n2', 'hub01', 'dc01']) expect(where(next).get(id), id).toEqual(before.get(id));
    // A link of the removed cluster goes with it.
    expect(next.links).toEqual([]);
  });

  it('ignores ids that are not containers', () => {
    const p = sample();
    expect(removeKeepingContents(p, ['hub01'])).toBe(p);
  });
});
