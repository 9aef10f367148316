import { describe, expect, it } from 'vitest';
import { copyLayout } from './positions.ts';
import type { Layout } from './schema.ts';

/** The straightforward copy: the table spread into a new object, then its prototype taken away. */
const spreadCopy = (layout: Readonly<Layout> | undefined): Layout => Object.setPrototypeOf({ ...layout }, null) as Layout;

const NAMES = ['__proto__', 'toString', 'constructor', 'hasOwnProperty', '0', '7', '12', '-1', '1.5', 'server-1', 'site-2', 'Ω', ''];

/** A deterministic random table: ids from NAMES and generated ones, inserted in a random order. */
function randomTable(seed: number, withPrototype: boolean): Layout {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const table = (withPrototype ? {} : Object.create(null)) as Layout;
  const n = Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) {
    const id = rand() < 0.4 ? NAMES[Math.floor(rand() * NAMES.length)]! : `item-${Math.floor(rand() * 1000)}`;
    // Defined as data, as JSON.parse does: "__proto__" is an own entry even on a table with a prototype.
    Object.defineProperty(table, id, { value: { x: i, y: -i }, enumerable: true, writable: true, configurable: true });
  }
  return table;
}

describe('copyLayout', () => {
  it('gives the spread copy: the same own entries, the same objects, in the same order, without a prototype', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const table = randomTable(seed, seed % 2 === 0);
      const before = Reflect.ownKeys(table);
      const copy = copyLayout(table);
      const expected = spreadCopy(table);
      expect(Object.getPrototypeOf(copy)).toBe(null);
      expect(Reflect.ownKeys(copy)).toEqual(Reflect.ownKeys(expected));
      for (const id of Reflect.ownKeys(expected) as string[]) expect(copy[id]).toBe(expected[id]);
      expect(copy).not.toBe(table);
      expect(Reflect.ownKeys(table)).toEqual(before);
    }
  });

  it('copies no table into an empty one, and a write to the copy leaves the original as it was', () => {
    const empty = copyLayout(undefined);
    expect(Object.getPrototypeOf(empty)).toBe(null);
    expect(Reflect.ownKeys(empty)).toEqual([]);
    const table = randomTable(7, false);
    const copy = copyLayout(table);
    copy.__proto__ = { x: 1, y: 2 };
    copy['item-new'] = { x: 3, y: 4 };
    expect(Object.hasOwn(copy, '__proto__')).toBe(true);
    expect(Object.hasOwn(table, 'item-new')).toBe(false);
    expect(Object.getPrototypeOf(copy)).toBe(null);
  });
});
