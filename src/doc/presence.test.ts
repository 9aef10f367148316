import { describe, expect, it } from 'vitest';
import { cleanName, MAX_NAME, MAX_SELECTION, readPresence } from './presence.ts';

describe('presence from the network', () => {
  it('keeps a well-formed person as sent', () => {
    const state = { user: { name: 'Ada Lovelace', color: '#5f3dc4' }, selection: ['ex01', 'site-1'], pointer: { x: 10.5, y: -3 } };
    expect(readPresence(state)).toEqual(state);
    expect(readPresence({ ...state, viewer: true })?.viewer).toBe(true);
  });

  it('drops what is not a person, and bounds or drops every field it cannot trust', () => {
    for (const bad of [null, 'x', [], {}, { user: { name: '', color: '#5f3dc4' } }, { user: { name: 'A', color: 'red' } }, { user: { name: 'A', color: '#5f3dc4;background:url(x)' } }])
      expect(readPresence(bad)).toBeUndefined();
    const read = readPresence({
      user: { name: `  Eve\u202e\u0000 the   ${'x'.repeat(100)}`, color: '#C2255C' },
      selection: [...Array.from({ length: MAX_SELECTION + 50 }, (_, i) => `id-${i}`), 42, '', 'y'.repeat(500)],
      pointer: { x: Number.NaN, y: 1 },
    })!;
    expect(read.user.name).toMatch(/^Eve the x+$/);
    expect(read.user.name.length).toBe(MAX_NAME);
    expect(read.selection).toHaveLength(MAX_SELECTION);
    expect(read.pointer).toBeNull();
    expect(readPresence({ user: { name: 'A', color: '#5f3dc4' }, pointer: { x: 1e9, y: 0 } })!.pointer).toBeNull();
  });

  it('cleans names of control and direction characters', () => {
    expect(cleanName('Bob\u200f\u2066 Builder\n')).toBe('Bob Builder');
    expect(cleanName(42)).toBe('');
  });
});
