import { memo } from 'react';
import { BaseEdge, EdgeLabelRenderer, useInternalNode, type EdgeProps, type Edge } from '@xyflow/react';
import { LINK_LABEL } from '../../model/index.ts';
import { LINK_STYLE } from '../../theme/tokens.ts';
import { textWidth } from '../../render/text.ts';
import type { LinkData } from '../planToFlow.ts';
import { floatingEnds } from './floating.ts';
import { SeverityIcon } from '../Icon.tsx';
import { useZoomedOut } from '../nodes/useZoomedOut.ts';

export const LinkEdge = memo(function LinkEdge({
  id,
  source,
  target,
  data,
  selected,
}: EdgeProps<Edge<LinkData, 'link'>>) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  const simple = useZoomedOut();
  if (!s || !t || !data) return null;
  const { sx, sy, tx, ty } = floatingEnds(s, t);
  const kind = data.link.kind;
  const style = LINK_STYLE[kind];
  const path = `M ${sx},${sy} L ${tx},${ty}`;
  const text = kind === 'connection' ? '' : LINK_LABEL[kind];
  // Labels are drawn above the cards: one that does not fit between the two items is left out (the
  // line's color and dash still tell the kind, and the inspector names it).
  const room = Math.hypot(tx - sx, ty - sy);
  const label = labelWidth(text) + (data.badge ? 14 : 0) <= room ? text : '';
  const badged = !!data.badge && (label !== '' || room >= 40);
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        interactionWidth={14}
        markerEnd={style.arrow ? `url(#arrow-${kind})` : undefined}
        style={{
          stroke: data.badge ? `var(--sev-${data.badge.worst})` : style.color,
          strokeWidth: selected ? style.width + 1.5 : style.width,
          strokeDasharray: style.dash || undefined,
        }}
      />
      {!simple && (label || badged) && (
        <EdgeLabelRenderer>
          <div
            className={`edge-label${selected ? ' selected' : ''}`}
            style={{
              transform: `translate(-50%, -50%) translate(${(sx + tx) / 2}px, ${(sy + ty) / 2}px)`,
              borderColor: style.color,
              color: style.color,
            }}
          >
            {badged && data.badge && <SeverityIcon severity={data.badge.worst} size={11} />}
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
});

const WITNESS_LABEL = 'file share witness';

/** Room a label needs on its line: the text, the pill's padding, and a little line either side. */
function labelWidth(text: string): number {
  return text ? textWidth(text, 11, true) + 14 + 16 : 0;
}

export const WitnessEdge = memo(function WitnessEdge({ id, source, target }: EdgeProps) {
  const s = useInternalNode(source);
  const t = useInternalNode(target);
  const simple = useZoomedOut();
  if (!s || !t) return null;
  const { sx, sy, tx, ty } = floatingEnds(s, t);
  // The full label where the line has room for it, "FSW" in a tight gap, else none (as the export).
  const room = Math.hypot(tx - sx, ty - sy);
  const label = labelWidth(WITNESS_LABEL) <= room ? WITNESS_LABEL : labelWidth('FSW') <= room ? 'FSW' : '';
  return (
    <>
      <BaseEdge
        id={id}
        path={`M ${sx},${sy} L ${tx},${ty}`}
        style={{ stroke: '#5b7fa8', strokeWidth: 1.5, strokeDasharray: '1 4', strokeLinecap: 'round' }}
      />
      {!simple && label && (
        <EdgeLabelRenderer>
          <div
            className="edge-label witness"
            style={{ transform: `translate(-50%, -50%) translate(${(sx + tx) / 2}px, ${(sy + ty) / 2}px)` }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
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
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path d="M 0 0 L 10 5 L 0 10 z" fill={s.color} />
            </marker>
          ))}
      </defs>
    </svg>
  );
});
