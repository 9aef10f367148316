import fc from 'fast-check';
import type { InternalNode } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { LINK_KINDS, type Link } from '../../model/index.ts';
import type { RoutedLink } from '../../layout/route.ts';
import type { Rect } from '../../layout/spatial.ts';
import type { Badge, LinkData } from '../planToFlow.ts';
import { linkDrawing, witnessDrawing } from './linkDrawing.ts';
import { rectOf, sameBox, sameLink, sameRoute, sameWitness } from './sameLink.ts';

const coord = fc.integer({ min: -3, max: 3 }).map((n) => n * 10);
const rect = fc.record({ x: coord, y: coord, width: fc.constantFrom(40, 80), height: fc.constantFrom(20, 60) });
const point = fc.record({ x: coord, y: coord });
const label = fc.option(fc.record({ text: fc.constantFrom('SCR', 'Edge subscription'), x: coord, y: coord, width: fc.constantFrom(60, 90), height: fc.constant(18) }), { nil: undefined });
const route: fc.Arbitrary<RoutedLink> = fc
  .record({ points: fc.array(point, { minLength: 2, maxLength: 4 }), ends: fc.tuple(rect, rect), label })
  .map((r) => ({ id: 'l1', kind: 'scr', ...r, ...(r.label ? {} : { label: undefined }) }));
const badge = fc.option(
  fc.record({ error: fc.nat(2), warning: fc.nat(2), info: fc.nat(2) }).map((counts): Badge => ({
    counts,
    count: counts.error + counts.warning + counts.info,
    worst: counts.error ? 'error' : counts.warning ? 'warning' : 'info',
  })),
  { nil: undefined },
);
const link = fc.constantFrom(...LINK_KINDS).map((kind): Link => ({ id: 'l1', kind, from: 'a', to: 'b' }));
const data = fc.option(
  fc.record({ link, route: fc.option(route, { nil: undefined }), badge }).map((d): LinkData => (d.badge ? d : { link: d.link, route: d.route })),
  { nil: undefined },
);
const props = fc.record({ id: fc.constant('l1'), source: fc.constantFrom('a', 'b'), target: fc.constantFrom('b', 'c'), selected: fc.boolean(), data });

/** A copy of a route equal in every value (the router's fresh route for an unchanged link). */
const copy = (r: RoutedLink | undefined): RoutedLink | undefined =>
  r && { ...r, points: r.points.map((p) => ({ ...p })), ends: [{ ...r.ends[0] }, { ...r.ends[1] }], ...(r.label ? { label: { ...r.label } } : {}) };

/** The route with its label moved a little. */
const labelMoved = (r: RoutedLink | undefined): RoutedLink | undefined => r && { ...copy(r)!, ...(r.label ? { label: { ...r.label, x: r.label.x + 10 } } : {}) };

/** `b` often close to `a`: the same, a value-equal copy, or one field changed. */
const pair = props.chain((a) =>
  fc.oneof(
    fc.constant({ a, b: { ...a, data: a.data && { ...a.data, route: copy(a.data.route) } } }),
    fc.constant({ a, b: { ...a, data: a.data && { ...a.data, route: labelMoved(a.data.route) } } }),
    props.map((b) => ({ a, b })),
    props.map((b) => ({ a, b: { ...a, selected: b.selected, data: a.data && b.data && { ...a.data, badge: b.data.badge } } })),
    props.map((b) => ({ a, b: { ...a, data: a.data && b.data && { ...a.data, link: b.data.link } } })),
    props.map((b) => ({ a, b: { ...a, data: a.data && b.data && { ...a.data, route: b.data.route } } })),
  ),
);

describe('sameLink', () => {
  it('says two props are the same only when the link draws the same from them, whatever the boxes and zoom', () => {
    fc.assert(
      fc.property(pair, fc.option(rect, { nil: undefined }), fc.option(rect, { nil: undefined }), fc.boolean(), ({ a, b }, s, t, simple) => {
        if (!sameLink(a, b)) return;
        // Boxes where the route's ends are, so the route (not a preview) is drawn too.
        const ends = a.data?.route?.ends;
        for (const [bs, bt] of [[s, t], ends ?? [s, t]] as const) {
          expect(linkDrawing(b.data, b.selected, bs, bt, simple)).toEqual(linkDrawing(a.data, a.selected, bs, bt, simple));
          expect(witnessDrawing(b.data?.route, bs, bt, simple)).toEqual(witnessDrawing(a.data?.route, bs, bt, simple));
        }
        expect(sameWitness(a, b)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a link whose route the router made again equal, and redraws one whose route or look changed', () => {
    const r: RoutedLink = { id: 'l1', kind: 'scr', points: [{ x: 0, y: 0 }, { x: 50, y: 0 }], ends: [{ x: -40, y: -10, width: 40, height: 20 }, { x: 50, y: -10, width: 40, height: 20 }], label: { text: 'SCR', x: 25, y: 0, width: 40, height: 18 } };
    const a = { id: 'l1', source: 'a', target: 'b', selected: false, data: { link: { id: 'l1', kind: 'scr' as const, from: 'a', to: 'b' }, route: r } };
    expect(sameLink(a, { ...a, data: { ...a.data, route: copy(r)! } })).toBe(true);
    expect(sameRoute(r, { ...r, label: { ...r.label!, x: 26 } })).toBe(false);
    expect(sameRoute(r, { ...r, points: [r.points[0]!, { x: 50, y: 1 }] })).toBe(false);
    expect(sameLink(a, { ...a, selected: true })).toBe(false);
    const warned: Badge = { count: 1, counts: { error: 0, warning: 1, info: 0 }, worst: 'warning' };
    expect(sameLink(a, { ...a, data: { ...a.data, badge: warned } })).toBe(false);
    // Another badge with the same worst finding draws the same.
    expect(sameLink({ ...a, data: { ...a.data, badge: warned } }, { ...a, data: { ...a.data, badge: { ...warned, count: 2, counts: { ...warned.counts, info: 1 } } } })).toBe(true);
  });
});

describe('sameBox', () => {
  const node = (box: Rect, extra: object = {}): InternalNode =>
    ({ id: 'a', position: { x: box.x, y: box.y }, data: {}, measured: { width: box.width, height: box.height }, internals: { positionAbsolute: { x: box.x, y: box.y }, z: 0, userNode: {} }, ...extra }) as unknown as InternalNode;

  it('says two states of a card are the same exactly when their boxes are', () => {
    fc.assert(
      fc.property(rect, rect, fc.boolean(), (ra, rb, selected) => {
        const a = node(ra);
        const b = node(rb, { selected, data: { other: true } });
        expect(sameBox(a, b)).toBe(JSON.stringify(rectOf(a)) === JSON.stringify(rectOf(b)));
      }),
    );
    expect(sameBox(undefined, node({ x: 0, y: 0, width: 1, height: 1 }))).toBe(false);
    expect(sameBox(undefined, undefined)).toBe(true);
  });
});
