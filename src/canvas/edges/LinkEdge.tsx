// Links on the canvas draw the router's routes and labels (layout/route.ts), exactly as the export
// does. While one of its ends is being dragged a link shows a plain elbow between the boxes where
// they are now; the routes are recomputed once, on the drop.
import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type Edge, type InternalNode } from '@xyflow/react';
import { pathData, type LinkLabel, type RoutedLink } from '../../layout/route.ts';
import type { Rect } from '../../layout/spatial.ts';
import { LINK_STYLE } from '../../theme/tokens.ts';
import type { LinkData, WitnessData } from '../planToFlow.ts';
import { useZoomedOut } from '../nodes/useZoomedOut.ts';
import { pointsBetween } from './preview.ts';

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/** The route to draw and whether it is the router's (false: a preview while an end is dragged). */
function useRoute(source: string, target: string, route: RoutedLink | undefined) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  if (!s || !t || !route) return undefined;
  return pointsBetween(route, rectOf(s), rectOf(t));
}

function Label({ label, className, color, border }: { label: LinkLabel; className: string; color?: string; border?: string }) {
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

export const LinkEdge = memo(function LinkEdge({ id, source, target, data, selected }: EdgeProps<Edge<LinkData, 'link'>>) {
  const simple = useZoomedOut();
  const drawn = useRoute(source, target, data?.route);
  if (!drawn || !data) return null;
  const kind = data.link.kind;
  const style = LINK_STYLE[kind];
  const stroke = data.badge ? `var(--sev-${data.badge.worst})` : style.color;
  const label = drawn.routed && !simple ? data.route?.label : undefined;
  return (
    <>
      <BaseEdge
        id={id}
        path={pathData(drawn.points)}
        interactionWidth={14}
        markerEnd={style.arrow ? `url(#arrow-${kind})` : undefined}
        style={{
          stroke,
          strokeWidth: selected ? style.width + 1.5 : style.width,
          strokeDasharray: style.dash || undefined,
          strokeLinejoin: 'round',
        }}
      />
      {label && (
        <Label label={label} className={`edge-label${selected ? ' selected' : ''}`} color={style.color} border={data.badge ? stroke : 'var(--line)'} />
      )}
    </>
  );
});

export const WitnessEdge = memo(function WitnessEdge({ id, source, target, data }: EdgeProps<Edge<WitnessData, 'witness'>>) {
  const simple = useZoomedOut();
  const drawn = useRoute(source, target, data?.route);
  if (!drawn) return null;
  const label = drawn.routed && !simple ? data?.route?.label : undefined;
  return (
    <>
      <BaseEdge
        id={id}
        path={pathData(drawn.points)}
        style={{ stroke: '#5b7fa8', strokeWidth: 1.5, strokeDasharray: '1 3', strokeLinecap: 'round' }}
      />
      {label && <Label label={label} className="edge-label witness" />}
    </>
  );
});

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
