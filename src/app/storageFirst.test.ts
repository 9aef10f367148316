import { afterEach, expect, it, vi } from 'vitest';

/** A stand-in storage that counts how often the page asked for it and for its length. */
function countingStorage() {
  const asked = { storage: 0, length: 0 };
  const storage = {
    get length() {
      asked.length++;
      return 0;
    },
    getItem: () => null,
  };
  Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => (asked.storage++, storage) });
  return asked;
}

afterEach(() => {
  vi.unstubAllGlobals();
  delete (globalThis as { localStorage?: unknown }).localStorage;
});

it('the early script opens the page storage as it runs, on a link and on any other start, reading and writing nothing', async () => {
  for (const hash of ['#plan=1.not-a-plan', '']) {
    const asked = countingStorage();
    vi.stubGlobal('location', { hash });
    vi.resetModules();
    await import('./linkFirst.ts');
    expect(asked).toEqual({ storage: 1, length: 1 });
  }
});

it('a page without storage, or one whose storage is refused, starts as before', async () => {
  const { openStorageEarly } = await import('./storageFirst.ts');
  expect(() => openStorageEarly()).not.toThrow();
  Object.defineProperty(globalThis, 'localStorage', {
    configurable: true,
    get: () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  expect(() => openStorageEarly()).not.toThrow();
});
