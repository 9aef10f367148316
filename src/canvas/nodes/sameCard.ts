import type { NodeProps } from '@xyflow/react';

type CardProps = Pick<NodeProps, 'id' | 'data' | 'selected' | 'isConnectable'>;

/**
 * memo's comparison for our node components: they draw from `id`, `data`, `selected` and
 * `isConnectable` only, so the position props React Flow passes (new on every step of a drag) do
 * not redraw the card.
 */
export function sameCard(a: CardProps, b: CardProps): boolean {
  return a.id === b.id && a.data === b.data && a.selected === b.selected && a.isConnectable === b.isConnectable;
}
