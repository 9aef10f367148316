// Links on the canvas draw the router's routes and labels (layout/route.ts), exactly as the export
// does. While one of its ends is being dragged a link shows a plain elbow between the boxes where
// they are now; the routes are recomputed once, on the drop.
import { memo, useCallback } from 'react';
import { BaseEdge, EdgeLabelRenderer, useStore, type EdgeProps, type Edge, type ReactFlowState } from '@xyflow/react';
import type { LinkData, WitnessData } from '../planToFlow.ts';
import { LINK_STYLE } from '../../theme/tokens.ts';
import { useZoomedOut } from '../nodes/useZoomedOut.ts';
import { linkDrawing, witnessDrawing, type LabelDrawing } from './linkDrawing.ts';
import { rectOf, sameBox, sameLink, sameWitness } from './sameLink.ts';

/** A card's box as React Flow holds it, re-read only when it changes (not the card's data or selection). */
function useBox(id: string) {
  const node = useStore(useCallback((s: ReactFlowState) => s.nodeLookup.get(id), [id]), sameBox);
  return node && rectOf(node);
}

function Label({ label, className, color, border }: LabelDrawing) {
  return (
    <EdgeLabelRenderer>
      <div
        className={className}
        style={{
          width: label.width,
          transform: `translate(-50%, -50%) translate(${label.x}px, ${label.y}px)`,
          ...(color ? { color, borderColor: border ?? color } : {}),
        }}
      >
        {label.text}
      </div>
    </EdgeLabelRenderer>
  );
}

/** Drawn again only when `sameLink` says its drawing may differ, or a box at either end changed. */
export const LinkEdge = memo(function LinkEdge({ id, source, target, data, selected }: EdgeProps<Edge<LinkData, 'link'>>) {
  const drawing = linkDrawing(data, selected, useBox(source), useBox(target), useZoomedOut());
  if (!drawing) return null;
  return (
    <>
      <BaseEdge
        id={id}
        path={drawing.path}
        interactionWidth={14}
        markerEnd={drawing.markerEnd}
        style={{ stroke: drawing.stroke, strokeWidth: drawing.strokeWidth, strokeDasharray: drawing.strokeDasharray, strokeLinejoin: 'round' }}
      />
      {drawing.label && <Label {...drawing.label} />}
    </>
  );
}, sameLink);

export const WitnessEdge = memo(function WitnessEdge({ id, source, target, data }: EdgeProps<Edge<WitnessData, 'witness'>>) {
  const drawing = witnessDrawing(data?.route, useBox(source), useBox(target), useZoomedOut());
  if (!drawing) return null;
  return (
    <>
      <BaseEdge id={id} path={drawing.path} style={{ stroke: '#5b7fa8', strokeWidth: 1.5, strokeDasharray: '1 3', strokeLinecap: 'round' }} />
      {drawing.label && <Label {...drawing.label} />}
    </>
  );
}, sameWitness);

/** Arrowheads for the link kinds whose direction means something; static, so drawn once. */
export const EdgeMarkers = memo(function EdgeMarkers() {
  return (
    <svg style={{ position: 'absolute', width: 0, height: 0 }} aria-hidden="true">
      <defs>
        {Object.entries(LINK_STYLE)
          .filter(([, s]) => s.arrow)
          .map(([kind, s]) => (
            <marker
              key={kind}
              id={`arrow-${kind}`}
              viewBox="0 0 10 10"
              refX="9.5"
              refY="5"
              markerWidth="10"
              markerHeight="10"
              markerUnits="userSpaceOnUse"
              orient="auto"
            >
              <path d="M0 0.5 10 5 0 9.5Z" fill={s.color} />
            </marker>
          ))}
      </defs>
    </svg>
  );
});
