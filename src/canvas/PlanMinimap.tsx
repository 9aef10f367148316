// The minimap, shown only while the plan is drawn much larger than the view: over a plan that
// fits, or nearly, it would only cover a corner of the diagram.
import { memo, useCallback } from 'react';
import { MiniMap, useStore } from '@xyflow/react';
import { usePlanStore } from '../store/planStore.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { ROLE_STYLE } from '../theme/tokens.ts';
import type { PlanNode } from './planToFlow.ts';

const MINIMAP_STYLE = { width: 168, height: 112 };

// The minimap turns a missing color or class into a new function on each of its renders, which
// redraws all its nodes when the node order changes (a server moved to another site): pass our own.
const minimapClass = () => '';
const minimapStroke = () => 'transparent';

/** Theme variables (theme/cssVariables.ts), so the minimap follows the light or dark theme. */
function minimapColor(node: PlanNode): string {
  if (node.type === 'site')
    return node.data.site.kind === 'perimeter' ? 'var(--surface-perimeterTab)' : 'var(--surface-siteTab)';
  if (node.type === 'server') {
    const first = node.data.server.roles[0];
    return first ? ROLE_STYLE[first].color : 'var(--surface-serverBorder)';
  }
  if (node.type === 'cluster') return 'var(--surface-cluster)';
  return 'var(--line-strong)';
}

/** How much larger than the view a plan must be drawn before the minimap is worth its corner. */
const MAP_WORTH = 1.25;

/** Whether the plan is drawn much larger than the view; re-renders only when that flips. */
function useNeedsMap(): boolean {
  const bounds = usePlanStore((s) => resolveLayout(s.plan).bounds);
  const needs = useCallback(
    (s: { transform: [number, number, number]; width: number; height: number }) =>
      bounds.width * s.transform[2] > MAP_WORTH * s.width || bounds.height * s.transform[2] > MAP_WORTH * s.height,
    [bounds],
  );
  return useStore(needs);
}

/** Memoised: the canvas re-renders on every step of a drag; the map follows the store on its own. */
export const PlanMinimap = memo(function PlanMinimap() {
  if (!useNeedsMap()) return null;
  return (
    <MiniMap<PlanNode>
      pannable
      zoomable
      nodeColor={minimapColor}
      nodeStrokeColor={minimapStroke}
      nodeClassName={minimapClass}
      nodeStrokeWidth={2}
      position="bottom-right"
      ariaLabel="Mini map"
      style={MINIMAP_STYLE}
    />
  );
});
