// The minimap, shown only while the plan is drawn much larger than the view: over a plan that
// fits, or nearly, it would only cover a corner of the diagram. Whether it is shown is worked out
// here, in the first script; its picture (MinimapCanvas.tsx, with the layer's painter) is fetched
// the first time it is shown, so a plan opened fitted does not fetch and run it while its first
// frame is being drawn (the app fetches it anyway once idle, see app/later.tsx).
import { memo, useCallback } from 'react';
import { Panel, useStore } from '@xyflow/react';
import { later } from '../app/later.tsx';
import { usePlanStore } from '../store/planStore.ts';
import { resolveLayout } from '../theme/geometry.ts';
import type { Bounds } from './MinimapCanvas.tsx';
import type { Scene } from './layer/scene.ts';

const MapCanvas = later(async () => (await import('./MinimapCanvas.tsx')).MapCanvas);

/** How much larger than the view a plan must be drawn before the minimap is worth its corner. */
const MAP_WORTH = 1.25;

/**
 * Whether the plan is drawn much larger than the view; re-renders only when that flips. Not before
 * React Flow has measured the view (its size is 0 until then, in the first render).
 */
function useNeedsMap(bounds: Bounds): boolean {
  const needs = useCallback(
    (s: { transform: [number, number, number]; width: number; height: number }) =>
      s.width > 0 &&
      s.height > 0 &&
      (bounds.width * s.transform[2] > MAP_WORTH * s.width || bounds.height * s.transform[2] > MAP_WORTH * s.height),
    [bounds],
  );
  return useStore(needs);
}

/** Memoised: the canvas re-renders on every step of a drag; the map follows the view on its own. */
export const PlanMinimap = memo(function PlanMinimap({ scene }: { scene: Scene }) {
  const bounds = usePlanStore((s) => resolveLayout(s.plan).bounds);
  if (!useNeedsMap(bounds)) return null;
  return (
    <Panel position="bottom-right" className="react-flow__minimap">
      <MapCanvas scene={scene} bounds={bounds} />
    </Panel>
  );
});
