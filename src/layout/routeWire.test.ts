// The routing worker is sent each edited plan as a delta from the one before and answers with the
// routes that changed. Whatever runs of edits it is sent, the plan it rebuilds must equal the
// canvas's and the routes it answers must be exactly those a fresh router gives that plan.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRouter, type RoutedLink } from './route.ts';
import { applyRoutesDelta, createPlanDecoder, createPlanEncoder, createRouteService } from './routeWire.ts';
import type { Plan } from '../model/schema.ts';
import { applyStep, editStarts, editStep } from './testing/randomEdits.ts';

describe.each(editStarts)('the routing worker, %s edit after edit', (_, start) => {
  it('rebuilds the plan and answers exactly the routes of a fresh router', () => {
    fc.assert(
      fc.property(fc.array(editStep, { minLength: 1, maxLength: 10 }), (steps) => {
        const encode = createPlanEncoder();
        const decode = createPlanDecoder();
        const service = createRouteService();
        let mirror = new Map<string, RoutedLink>();
        let plan = start();
        const check = (label: string) => {
          // As posted: a structured clone, as between the page and a worker.
          const delta = structuredClone(encode(plan));
          expect(decode(structuredClone(delta)), label).toEqual(plan);
          mirror = applyRoutesDelta(mirror, structuredClone(service(delta)));
          expect([...mirror.values()], label).toEqual([...createRouter()(plan).values()]);
        };
        check('first plan');
        steps.forEach((s, i) => {
          plan = applyStep(plan, s, i);
          check(`after step ${i + 1}: ${JSON.stringify(s)}`);
        });
      }),
      { numRuns: 40 },
    );
  });
});

describe('plan deltas', () => {
  it('send after an edit only what the edit replaced', () => {
    const [, start] = editStarts[1]!;
    const plan = start();
    const encode = createPlanEncoder();
    const first = encode(plan);
    expect([...Object.keys(first.whole), ...Object.keys(first.records)].sort()).toEqual(Object.keys(plan).sort());
    const renamed = applyStep(plan, { kind: 'rename', at: 0 }, 1);
    const delta = encode(renamed);
    expect(delta.whole).toEqual({});
    expect(Object.keys(delta.lists)).toEqual(['servers']);
    expect(delta.lists.servers!.items).toEqual([renamed.servers[0]]);
    expect(encode(renamed)).toEqual({ seq: 3, whole: {}, lists: {}, records: {}, gone: [] });
  });

  it('keep a layout entry named like an inherited member (a plan built in memory may have one)', () => {
    const [, start] = editStarts[1]!;
    const plan = start();
    const site = plan.sites[0]!.id;
    const moved = { ...plan, layout: Object.assign(Object.create(null) as NonNullable<Plan['layout']>, plan.layout, { ['__proto__']: { x: 5, y: 6 } }) };
    const decode = createPlanDecoder();
    const encode = createPlanEncoder();
    decode(structuredClone(encode(plan)));
    const layout = decode(structuredClone(encode(moved))).layout!;
    expect(Object.hasOwn(layout, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(layout)).toBe(null);
    expect(layout[site]).toEqual(plan.layout![site]);
  });
});

