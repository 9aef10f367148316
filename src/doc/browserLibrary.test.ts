// The plans of one browser, in IndexedDB (fake-indexeddb in Node): a reload finds them, the list is
// rebuilt when lost, a plan that cannot be stored never becomes the one opened next, plans of
// earlier versions move across from localStorage once, and without IndexedDB all works in memory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { serializePlan } from '../model/index.ts';
import { templateById } from '../templates/index.ts';
import { BrowserLibrary, LIBRARY_DB, type StorageState } from './browserLibrary.ts';
import type { LegacyStorage } from './legacyStorage.ts';
import { deleteStoredDoc } from './persistence.ts';

const fig = (n: 1 | 2 | 3, name?: string) => {
  const plan = templateById(`figure-${n}`)!.plan;
  return name ? { ...plan, name } : plan;
};
const open: BrowserLibrary[] = [];
async function start(options: Parameters<typeof BrowserLibrary.open>[0] = {}) {
  const result = await BrowserLibrary.open(options);
  open.push(result.library);
  return result;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  for (const library of open.splice(0)) await library.close();
});

function legacy(items: Record<string, string>): LegacyStorage {
  const keys = Object.keys(items);
  return { getItem: (k) => items[k] ?? null, key: (i) => keys[i] ?? null, length: keys.length };
}

describe('plans in IndexedDB', () => {
  it('are found again after a reload: list, open plan, contents', async () => {
    const first = (await start()).library;
    const a = await first.createPlan(fig(1));
    const b = await first.createPlan(fig(2));
    b.document.apply({ ...b.document.plan, name: 'Edited' });
    first.touch(b, 'Edited');
    await a.close();
    await b.close();
    await first.close();
    const again = (await start()).library;
    expect(again.entries().map((e) => e.name)).toEqual([fig(1).name, 'Edited']);
    expect(again.currentId()).toBe(b.id);
    const reopened = await again.openPlan(b.id);
    expect(reopened.ok && serializePlan(reopened.plan.document.plan)).toBe(serializePlan({ ...fig(2), name: 'Edited' }));
    if (reopened.ok) await reopened.plan.close();
  });

  it('rebuild a lost or damaged plan list from the stored plans', async () => {
    const first = (await start()).library;
    for (const p of [fig(1, 'One'), fig(2, 'Two'), fig(3, 'Three')]) await (await first.createPlan(p)).close();
    await first.close();
    await deleteStoredDoc(LIBRARY_DB);
    const { library, report } = await start();
    expect(library.entries().map((e) => e.name).sort()).toEqual(['One', 'Three', 'Two']);
    expect(report.rebuilt).toHaveLength(3);
  });

  it('never make a plan that could not be stored the one opened next time', async () => {
    const states: StorageState[] = [];
    const first = (await start({ onStorage: (s) => states.push(s) })).library;
    const saved = await first.createPlan(fig(1, 'Saved'));
    // A plan too large for what is left: its content is refused, small writes still pass.
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (value: unknown, key?: IDBValidKey) {
      if (value instanceof Uint8Array && value.length > 100) throw new DOMException('full', 'QuotaExceededError');
      return add.call(this, value, key);
    };
    try {
      const big = await first.createPlan(fig(3, 'Too big'));
      expect(big.listed).toBe(false);
      expect(first.entries().map((e) => e.name)).toEqual(['Saved']);
      expect(first.currentId()).toBe(saved.id);
      expect(states.at(-1)).toMatchObject({ ok: false, reason: 'failing' });
    } finally {
      IDBObjectStore.prototype.add = add;
    }
    await first.close();
    const again = (await start()).library;
    expect(again.currentId()).toBe(saved.id);
    expect(again.entries().map((e) => e.name)).toEqual(['Saved']);
  });

  it('keep the edits of two tabs on one plan, live', async () => {
    const tab1 = (await start()).library;
    const tab2 = (await start()).library;
    const one = await tab1.createPlan(fig(1));
    await new Promise((r) => setTimeout(r, 10));
    expect(tab2.entries().map((e) => e.id)).toContain(one.id);
    const two = await tab2.openPlan(one.id);
    if (!two.ok) throw new Error(two.message);
    one.document.apply({ ...one.document.plan, organizationName: 'Fabrikam' });
    two.plan.document.apply({ ...two.plan.document.plan, name: 'Both' });
    // Edits go to the other tab just after they are painted: within a moment, not within the call.
    for (let tries = 0; tries < 50 && one.document.plan.name !== 'Both'; tries++) await new Promise((r) => setTimeout(r, 10));
    for (const d of [one.document, two.plan.document]) expect(d.plan).toMatchObject({ name: 'Both', organizationName: 'Fabrikam' });
    await one.close();
    await two.plan.close();
  });
});

describe('plans of earlier versions (localStorage)', () => {
  const p1 = fig(1, 'Today');
  const p2 = fig(3, 'Target');
  const items = {
    'etd:plans': JSON.stringify([
      { id: 'a', name: 'Today', updatedAt: '2024-01-01T00:00:00.000Z' },
      { id: 'b', name: 'Target', updatedAt: '2024-01-02T00:00:00.000Z' },
    ]),
    'etd:plan:a': serializePlan(p1, { compact: true }),
    'etd:plan:b': serializePlan(p2, { compact: true }),
    'etd:plan:lost': serializePlan(fig(2, 'Lost'), { compact: true }),
    'etd:plan:bad': '{"format":"nonsense"}',
    'etd:progress:b': JSON.stringify(['prerequisites:ex1', 'ad:prepare-schema']),
    'etd:current': 'b',
  };

  it('move across once, with names, contents, order, times and checklist ticks', async () => {
    const { library, report } = await start({ legacy: legacy(items), now: () => new Date('2025-06-01T00:00:00Z') });
    expect(library.entries()).toEqual([
      { id: 'a', name: 'Today', updatedAt: '2024-01-01T00:00:00.000Z' },
      { id: 'b', name: 'Target', updatedAt: '2024-01-02T00:00:00.000Z' },
      { id: 'lost', name: 'Lost', updatedAt: '2025-06-01T00:00:00.000Z' },
    ]);
    expect(report.unreadable.map((u) => u.id)).toEqual(['bad']);
    expect(library.currentId()).toBe('b');
    const b = await library.openPlan('b');
    if (!b.ok) throw new Error(b.message);
    expect(serializePlan(b.plan.document.plan)).toBe(serializePlan(p2));
    expect(b.plan.document.progress()).toEqual(['ad:prepare-schema', 'prerequisites:ex1']);
    await b.plan.close();
    await library.removePlan('a');
    await library.close();
    const again = await start({ legacy: legacy(items) });
    expect(again.report.migrated).toEqual([]);
    expect(again.library.entries().map((e) => e.id)).toEqual(['b', 'lost']);
  });
});

describe('without IndexedDB', () => {
  it('works in memory and says so', async () => {
    const states: StorageState[] = [];
    // @ts-expect-error: a private window of some browsers has none
    globalThis.indexedDB = undefined;
    const { library } = await start({ onStorage: (s) => states.push(s) });
    expect(states).toEqual([{ ok: false, reason: 'unavailable', error: expect.anything() }]);
    const a = await library.createPlan(fig(1));
    await a.close();
    const b = await library.createPlan(fig(2));
    await b.close();
    expect(library.entries()).toHaveLength(2);
    const again = await library.openPlan(a.id);
    expect(again.ok && again.plan.document.plan.name).toBe(fig(1).name);
    if (again.ok) await again.plan.close();
  });
});
