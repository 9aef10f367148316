// What a link on the canvas is drawn from, and the comparisons that keep it from being drawn again
// when none of it changed. A link draws the router's route between the boxes of its two cards
// where they are now (LinkEdge.tsx), so a card that changed in any other way (its roles, name,
// selection, findings, or React Flow's measuring it) leaves its links as they are.
import type { EdgeProps, InternalNode } from '@xyflow/react';
import type { RoutedLink } from '../../layout/route.ts';
import type { Rect } from '../../layout/spatial.ts';
import type { LinkData, WitnessData } from '../planToFlow.ts';

const sameRect = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** A card's box in flow coordinates, as React Flow holds it. */
export function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.width ?? 0,
    height: node.measured.height ?? node.height ?? 0,
  };
}

/** Whether two states of a card have the same box (`rectOf` gives equal rectangles). */
export function sameBox(a: InternalNode | undefined, b: InternalNode | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return sameRect(rectOf(a), rectOf(b));
}

/**
 * Whether two routes draw the same: the same points, ends and label. The router may hand a link an
 * equal route of its own again (it routes every link at an edited card anew).
 */
export function sameRoute(a: RoutedLink | undefined, b: RoutedLink | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.points.length !== b.points.length || !sameRect(a.ends[0], b.ends[0]) || !sameRect(a.ends[1], b.ends[1])) return false;
  for (let i = 0; i < a.points.length; i++) if (a.points[i]!.x !== b.points[i]!.x || a.points[i]!.y !== b.points[i]!.y) return false;
  const la = a.label;
  const lb = b.label;
  return la === lb || (!!la && !!lb && la.text === lb.text && sameRect(la, lb));
}

type Drawn<D> = Pick<EdgeProps, 'id' | 'source' | 'target' | 'selected'> & { data?: D };

/**
 * memo's comparison for a link: equal in everything `LinkEdge` draws from (its ends, route, kind,
 * selection and the worst finding on it). Not React Flow's `sourceX`..., from the handles: the
 * route is drawn, not a line between them.
 */
export function sameLink(a: Drawn<LinkData>, b: Drawn<LinkData>): boolean {
  return (
    a.id === b.id &&
    a.source === b.source &&
    a.target === b.target &&
    a.selected === b.selected &&
    sameRoute(a.data?.route, b.data?.route) &&
    a.data?.link.kind === b.data?.link.kind &&
    a.data?.badge?.worst === b.data?.badge?.worst &&
    (a.data === undefined) === (b.data === undefined)
  );
}

/** The same for a file share witness's dotted line (`WitnessEdge`: ends and route only). */
export function sameWitness(a: Drawn<WitnessData>, b: Drawn<WitnessData>): boolean {
  return a.id === b.id && a.source === b.source && a.target === b.target && sameRoute(a.data?.route, b.data?.route);
}
