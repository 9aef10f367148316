import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { addServer } from '../model/edits.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { placeNewItems } from './placeNew.ts';

describe('placeNewItems', () => {
  it('puts a server added without a position below its site-mates', () => {
    const p = plan('P').site('hq').server('EX01', ['Mailbox'])
      .with((x) => ({ ...x, layout: { hq: { x: 0, y: 0, width: 600, height: 300 }, ex01: { x: 24, y: 56 } } })).build();
    const placed = placeNewItems(addServer(p, { id: 'ex02', name: 'EX02', site: 'hq', roles: ['HubTransport'] }));
    const boxes = resolveLayout(placed).byId;
    const a = boxes.get('ex01')!;
    const b = boxes.get('ex02')!;
    expect(b.y).toBeGreaterThanOrEqual(a.y + a.height);
    expect(placed.layout!.ex02).toEqual({ x: 24, y: expect.any(Number) });
  });

  it('leaves a plan whose items all have positions unchanged', () => {
    const p = plan('P').site('hq').server('EX01').with((x) => ({ ...x, layout: { hq: { x: 0, y: 0 }, ex01: { x: 24, y: 56 } } })).build();
    expect(placeNewItems(p)).toBe(p);
  });
});
