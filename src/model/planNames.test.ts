import { describe, expect, it } from 'vitest';
import { uniquePlanName } from './planNames.ts';

describe('uniquePlanName', () => {
  it('keeps a name nobody has', () => {
    expect(uniquePlanName('Figure 1', ['Figure 2'])).toBe('Figure 1');
  });

  it('numbers the second and third copies', () => {
    expect(uniquePlanName('Figure 1', ['Figure 1'])).toBe('Figure 1 (2)');
    expect(uniquePlanName('Figure 1', ['Figure 1', 'Figure 1 (2)'])).toBe('Figure 1 (3)');
  });

  it('stays within the 120 characters a plan name may have', () => {
    const long = 'x'.repeat(120);
    const name = uniquePlanName(long, [long]);
    expect(name).toHaveLength(120);
    expect(name.endsWith(' (2)')).toBe(true);
  });
});
