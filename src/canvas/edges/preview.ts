// A link's points while one of its ends is being dragged: the router's route while both ends are
// where it routed them, else a plain elbow between the boxes where they are now (the route is
// recomputed once, on the drop). Shared by the links as SVG and the zoomed-out layer.
import { plainElbow } from '../../layout/connector.ts';
import type { Point, RoutedLink } from '../../layout/route.ts';
import { sameRect, type Rect } from '../../layout/spatial.ts';

/** The points to draw between `a` and `b` now, and whether they are the router's. */
export function pointsBetween(route: Pick<RoutedLink, 'points' | 'ends'>, a: Rect, b: Rect): { points: Point[]; routed: boolean } {
  if (sameRect(a, route.ends[0]) && sameRect(b, route.ends[1])) return { points: route.points, routed: true };
  return { points: plainElbow(a, b), routed: false };
}
