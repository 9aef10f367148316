import { createContext, useContext } from 'react';
import { useStore } from '@xyflow/react';

/** Below this zoom a card's text is unreadable anyway: draw it simply, so large plans stay fast. */
export const DETAIL_ZOOM = 0.35;

const zoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < DETAIL_ZOOM;

/**
 * The canvas reads the zoom once (useCanvasZoomedOut) and hands the flag down through this context:
 * one store subscription instead of one per card and link, which React Flow would run on every
 * store update (every frame of a drag).
 */
export const ZoomedOutContext = createContext(false);

/** For the canvas: true while it is zoomed out past DETAIL_ZOOM (re-renders only when that flips). */
export function useCanvasZoomedOut(): boolean {
  return useStore(zoomedOut);
}

/** For cards and links: is the canvas zoomed out past DETAIL_ZOOM? */
export function useZoomedOut(): boolean {
  return useContext(ZoomedOutContext);
}
