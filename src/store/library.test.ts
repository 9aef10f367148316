import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { PlanLibrary, type KeyValueStorage } from './library.ts';

function memory(limit = Infinity): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      const used = [...data.entries()].reduce((n, [key, val]) => n + (key === k ? 0 : key.length + val.length), 0);
      if (used + k.length + v.length > limit) throw Object.assign(new Error('full'), { name: 'QuotaExceededError' });
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

const p = plan('Head office').site('hq').server('EX01', ['Mailbox']).build();

describe('PlanLibrary', () => {
  it('saves, lists and loads plans', () => {
    const lib = new PlanLibrary(memory());
    expect(lib.save('a', p, new Date('2026-01-01T00:00:00Z'))).toEqual({ ok: true });
    expect(lib.list()).toEqual([{ id: 'a', name: 'Head office', updatedAt: '2026-01-01T00:00:00.000Z' }]);
    const loaded = lib.load('a');
    expect(loaded.ok && loaded.plan).toEqual(p);
  });

  it('reports a full storage in words and keeps what was stored before', () => {
    const storage = memory(600);
    const lib = new PlanLibrary(storage);
    expect(lib.save('a', p).ok).toBe(true);
    const big = plan('x'.repeat(100)).site('hq').server('EX01').server('EX02').server('EX03').server('EX04').build();
    const result = lib.save('b', big);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/storage is full/);
    expect(lib.load('a').ok).toBe(true);
  });

  it('reports a plan that cannot be read instead of opening it', () => {
    const storage = memory();
    storage.setItem('etd:plan:x', '{"format":"exchange-topology-plan","version":1,"name":"","exchange":{"servicePack":"SP1"}}');
    const r = new PlanLibrary(storage).load('x');
    expect(!r.ok && r.message).toMatch(/name: the plan name must not be empty/);
  });

  it('works without storage at all, saying so', () => {
    const lib = new PlanLibrary(undefined);
    expect(lib.list()).toEqual([]);
    const r = lib.save('a', p);
    expect(!r.ok && r.message).toMatch(/will not let the designer save/);
  });

  it('removes plans', () => {
    const lib = new PlanLibrary(memory());
    lib.save('a', p);
    lib.save('b', p);
    lib.remove('a');
    expect(lib.list().map((e) => e.id)).toEqual(['b']);
    expect(lib.load('a').ok).toBe(false);
  });
});
