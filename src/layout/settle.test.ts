import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { addRole, addServer, duplicateServers, setPosition, type Plan } from '../model/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { outsideParent, siblingOverlaps } from './overlaps.ts';
import { settle } from './settle.ts';

function twoSites(): Plan {
  return plan('S')
    .site('a')
    .server('EX01', ['Mailbox'])
    .server('EX02', ['HubTransport'])
    .site('b')
    .server('EX03', ['ClientAccess'])
    .with((p) => ({
      ...p,
      layout: {
        a: { x: 0, y: 0, width: 480, height: 240 },
        b: { x: 544, y: 0, width: 280, height: 240 },
        ex01: { x: 24, y: 56 },
        ex02: { x: 232, y: 56 },
        ex03: { x: 24, y: 56 },
      },
    }))
    .build();
}

const box = (p: Plan, id: string) => resolveLayout(p).byId.get(id)!;
const tidy = (p: Plan) => {
  const r = resolveLayout(p);
  expect(siblingOverlaps(r)).toEqual([]);
  expect(outsideParent(r)).toEqual([]);
};

describe('settle', () => {
  it('changes nothing when nothing overlaps', () => {
    const p = twoSites();
    const moved = setPosition(p, 'ex02', { x: 240, y: 64 });
    expect(settle(p, moved, { anchors: ['ex02'] })).toBe(moved);
  });

  it('keeps a dragged server where it was put and nudges the one it covers aside', () => {
    const p = twoSites();
    const moved = setPosition(p, 'ex02', { x: 40, y: 72 });
    const next = settle(p, moved, { anchors: ['ex02'] });
    expect(next.layout!.ex02).toEqual({ x: 40, y: 72 });
    expect(next.layout!.ex01).not.toEqual({ x: 24, y: 56 });
    tidy(next);
  });

  it('lets a site that grows push the site beside it instead of growing under it', () => {
    const p = twoSites();
    // A server moved far right inside site a makes a grow past site b's left edge.
    const grown = setPosition(p, 'ex02', { x: 600, y: 56 });
    const next = settle(p, grown, { anchors: ['ex02'] });
    expect(box(next, 'a').width).toBeGreaterThan(544);
    expect(box(next, 'b').absX).toBeGreaterThanOrEqual(box(next, 'a').absX + box(next, 'a').width);
    expect(box(next, 'b').absY).toBe(0);
    tidy(next);
  });

  it('lets a server that grows push the server below it', () => {
    const p = plan('G').site('a').server('EX01', ['Mailbox']).server('EX02', ['HubTransport'])
      .with((x) => ({ ...x, layout: { a: { x: 0, y: 0 }, ex01: { x: 24, y: 56 }, ex02: { x: 24, y: 152 } } })).build();
    const next = settle(p, addRole(addRole(p, 'ex01', 'ClientAccess'), 'ex01', 'UnifiedMessaging'));
    expect(next.layout!.ex01).toEqual({ x: 24, y: 56 });
    tidy(next);
  });

  it('gives 29 duplicates of one server 29 free places', () => {
    const p = twoSites();
    let next = p;
    for (let i = 0; i < 29; i++) {
      const source = next.servers.find((s) => s.id === 'ex01')!;
      const before = next;
      next = settle(before, duplicateServers(before, [source], { x: 32, y: 32 }).plan);
    }
    expect(next.servers).toHaveLength(32);
    tidy(next);
  });

  it('puts a new item without a position at the nearest free place in its container', () => {
    const p = twoSites();
    const added = addServer(p, { id: 'ex04', name: 'EX04', site: 'a', roles: [] }, { x: 24, y: 56 });
    const next = settle(p, added);
    expect(next.layout!.ex01).toEqual({ x: 24, y: 56 });
    expect(box(next, 'ex04').parent).toBe('a');
    tidy(next);
  });
});
