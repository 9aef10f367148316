// A link's points while one of its ends is being dragged: the router's route while both ends are
// where it routed them, else a plain elbow between the boxes where they are now (the route is
// recomputed once, on the drop). Shared by the links as SVG and the zoomed-out layer.
import { connect } from '../../layout/connector.ts';
import type { Point, RoutedLink } from '../../layout/route.ts';
import type { Rect } from '../../layout/spatial.ts';

const OPEN = { obstacles: [], borders: [] };

const same = (a: Rect, b: Rect) => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;

/** The points to draw between `a` and `b` now, and whether they are the router's. */
export function pointsBetween(route: Pick<RoutedLink, 'points' | 'ends'>, a: Rect, b: Rect): { points: Point[]; routed: boolean } {
  if (same(a, route.ends[0]) && same(b, route.ends[1])) return { points: route.points, routed: true };
  return { points: connect(a, b, OPEN), routed: false };
}
