// Notes of what an edit changed (a layout table against the one it was copied from, a route map
// against the last) must not keep every earlier table or map alive: a long editing session would
// hold a copy of every position per edit. Checked with the collector itself.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { copyLayout, layoutDelta, newLayout, noteLayoutChange } from '../model/positions.ts';
import { noteRouteChanges, routeChanges } from './routeChanges.ts';
import type { Layout } from '../model/schema.ts';
import type { Routes } from './route.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
/** A macrotask, then a full collection: WeakRefs made in this job hold their targets until it ends. */
const collect = async () => {
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc();
};

const EDITS = 200;

describe('change notes and memory', () => {
  it('a chain of noted layout tables keeps only what is still held', async () => {
    let table: Layout = newLayout();
    for (let i = 0; i < 50; i++) table[`s${i}`] = { x: i, y: i };
    const first = new WeakRef(table);
    for (let i = 0; i < EDITS; i++) {
      const next = copyLayout(table);
      next[`s${i % 50}`] = { x: i, y: -i };
      noteLayoutChange(next, table, [`s${i % 50}`]);
      table = next;
    }
    await collect();
    expect(first.deref()).toBeUndefined();
  });

  it('a held table still answers what changed since it', async () => {
    const base: Layout = newLayout();
    base.a = { x: 0, y: 0 };
    const one = copyLayout(base);
    one.a = { x: 1, y: 0 };
    noteLayoutChange(one, base, ['a']);
    const two = copyLayout(one);
    two.b = { x: 2, y: 0 };
    noteLayoutChange(two, one, ['b']);
    await collect();
    expect([...(layoutDelta(base, two) ?? [])].sort()).toEqual(['a', 'b']);
  });

  it('a chain of noted route maps keeps only the newest', async () => {
    let routes: Routes = new Map();
    const first = new WeakRef(routes);
    for (let i = 0; i < EDITS; i++) {
      const next: Routes = new Map(routes);
      noteRouteChanges(next, routes, [`l${i}`]);
      routes = next;
    }
    await collect();
    expect(first.deref()).toBeUndefined();
    const last: Routes = new Map(routes);
    noteRouteChanges(last, routes, ['x']);
    expect(routeChanges(last, routes)).toEqual(['x']);
  });
});
