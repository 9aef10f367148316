import { afterEach, describe, expect, it } from 'vitest';
import { dismiss, useToasts } from '../store/toasts.ts';
import { partFailed } from './partFailed.ts';

describe('a part of the app that fails to load', () => {
  afterEach(() => {
    for (const t of useToasts.getState().toasts) dismiss(t.id);
  });

  it('tells the user what could not be loaded and what to do, as an error', () => {
    partFailed('Import')(new TypeError('Failed to fetch dynamically imported module'));
    expect(useToasts.getState().toasts).toMatchObject([
      { tone: 'error', text: 'Import could not be loaded (Failed to fetch dynamically imported module). Check the connection, or reload the page.' },
    ]);
  });
});
