// Everything a link on the canvas draws, as plain data: `LinkEdge` and `WitnessEdge` render exactly
// this, so their memo comparisons (sameLink.ts) can be checked against it.
import { pathData, type LinkLabel, type RoutedLink } from '../../layout/route.ts';
import type { Rect } from '../../layout/spatial.ts';
import { LINK_STYLE } from '../../theme/tokens.ts';
import type { LinkData } from '../planToFlow.ts';
import { pointsBetween } from './preview.ts';

export interface LabelDrawing {
  label: LinkLabel;
  className: string;
  color?: string;
  border?: string;
}

export interface LinkDrawing {
  path: string;
  markerEnd?: string;
  stroke: string;
  strokeWidth: number;
  strokeDasharray?: string;
  label?: LabelDrawing;
}

/** The route between the two boxes now and whether it is the router's (false: a preview while an end is dragged). */
function drawnRoute(route: RoutedLink | undefined, s: Rect | undefined, t: Rect | undefined) {
  if (!s || !t || !route) return undefined;
  return pointsBetween(route, s, t);
}

/** A link between cards `s` and `t` (their boxes now), or nothing while either is not there. */
export function linkDrawing(data: LinkData | undefined, selected: boolean | undefined, s: Rect | undefined, t: Rect | undefined, simple: boolean): LinkDrawing | undefined {
  const drawn = drawnRoute(data?.route, s, t);
  if (!drawn || !data) return undefined;
  const kind = data.link.kind;
  const style = LINK_STYLE[kind];
  const stroke = data.badge ? `var(--sev-${data.badge.worst})` : style.color;
  const label = drawn.routed && !simple ? data.route?.label : undefined;
  return {
    path: pathData(drawn.points),
    ...(style.arrow ? { markerEnd: `url(#arrow-${kind})` } : {}),
    stroke,
    strokeWidth: selected ? style.width + 1.5 : style.width,
    ...(style.dash ? { strokeDasharray: style.dash } : {}),
    ...(label ? { label: { label, className: `edge-label${selected ? ' selected' : ''}`, color: style.color, border: data.badge ? stroke : 'var(--line)' } } : {}),
  };
}

/** A file share witness's dotted line and its label. */
export function witnessDrawing(route: RoutedLink | undefined, s: Rect | undefined, t: Rect | undefined, simple: boolean) {
  const drawn = drawnRoute(route, s, t);
  if (!drawn) return undefined;
  const label = drawn.routed && !simple ? route?.label : undefined;
  return { path: pathData(drawn.points), ...(label ? { label: { label, className: 'edge-label witness' } } : {}) };
}
