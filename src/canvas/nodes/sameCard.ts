import type { NodeProps } from '@xyflow/react';

/**
 * memo's comparison for our node components: they draw from `id`, `data` and `selected` only, so
 * the position props React Flow passes (new on every step of a drag) do not redraw the card.
 */
export function sameCard(
  a: Pick<NodeProps, 'id' | 'data' | 'selected'>,
  b: Pick<NodeProps, 'id' | 'data' | 'selected'>,
): boolean {
  return a.id === b.id && a.data === b.data && a.selected === b.selected;
}
