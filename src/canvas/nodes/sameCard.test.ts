import { describe, expect, it } from 'vitest';
import { sameCard } from './sameCard.ts';

describe('sameCard', () => {
  const data = { name: 'HUB01' };
  const card = { id: 'hub01', data, selected: false, isConnectable: true };

  it('keeps a card whose position props alone changed', () => {
    expect(sameCard(card, { ...card, positionAbsoluteX: 40 } as typeof card)).toBe(true);
  });

  it('redraws a card when its data, selection or linkability changed', () => {
    expect(sameCard(card, { ...card, data: { ...data } })).toBe(false);
    expect(sameCard(card, { ...card, selected: true })).toBe(false);
    // A team viewer's plan turns read-only (and back) with the same cards: their handles change.
    expect(sameCard(card, { ...card, isConnectable: false })).toBe(false);
  });
});
