import { describe, expect, it } from 'vitest';
import * as client from 'react-dom/client';
import { createRoot } from './reactFirst.ts';

describe('React started with its own part (reactFirst.ts)', () => {
  it('hands out react-dom’s own createRoot, not a stand-in', () => {
    expect(createRoot).toBe(client.createRoot);
  });
});
