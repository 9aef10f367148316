import { useStore } from '@xyflow/react';

/** Below this zoom a card's text is unreadable anyway: draw it simply, so large plans stay fast. */
export const DETAIL_ZOOM = 0.35;

const zoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;

/** True while the canvas is zoomed out past DETAIL_ZOOM (re-renders only when that flips). */
export function useZoomedOut(): boolean {
  return useStore(zoomedOut);
}
