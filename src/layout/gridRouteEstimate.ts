// What the grid search knows before it looks: a lower bound of what is left from a state to the
// nearest goal (length to it plus a bend for each turn it cannot avoid, obstacles ignored), and the
// fixed rule that picks one of several equally cheap routes, so the route drawn depends on the grid
// and its prices only, never on the order in which the search happened to meet them.

/** Directions: 0 right, 1 down, 2 left, 3 up. */
export const DX = [1, 0, -1, 0];
export const DY = [0, 1, 0, -1];

/**
 * The fewest turns of an orthogonal path in the open plane that leaves a point heading `d` and
 * arrives (dx, dy) away heading `e` (it may turn where it stands, never reverse on the spot).
 */
export function fewestTurns(dx: number, dy: number, d: number, e: number): number {
  const ahead = dx * DX[d]! + dy * DY[d]!;
  const aside = d % 2 === 0 ? dy : dx;
  // Same heading: straight on, or a jog (two turns) when the goal is ahead, else around (four).
  if (d === e) return aside === 0 && ahead >= 0 ? 0 : ahead > 0 ? 2 : 4;
  // Opposite heading: a U of two turns beside the goal's line, four to come back onto it.
  if (d === (e + 2) % 4) return aside === 0 ? 4 : 2;
  // Across: one turn when the goal is not behind and lies ahead of the turn, else three.
  return ahead >= 0 && dx * DX[e]! + dy * DY[e]! > 0 ? 1 : 3;
}

export interface Goal {
  x: number;
  y: number;
  /** The heading a route arrives with. */
  dir: number;
}

/**
 * The estimate of the cheapest way from (x, y) heading `d` to any of `goals`. Admissible (a route
 * is at least as long and turns at least as often as the open plane allows) and consistent: one
 * step of length L (and a turn, if it turns) lowers neither term by more than the step's price.
 */
export function estimateTo(goals: readonly Goal[], bend: number) {
  const n = goals.length;
  const gx = new Float64Array(n);
  const gy = new Float64Array(n);
  const gd = new Int8Array(n);
  goals.forEach((g, k) => [gx[k], gy[k], gd[k]] = [g.x, g.y, g.dir]);
  return (x: number, y: number, d: number): number => {
    let least = Infinity;
    for (let k = 0; k < n; k++) {
      const dx = gx[k]! - x;
      const dy = gy[k]! - y;
      const h = Math.abs(dx) + Math.abs(dy) + bend * fewestTurns(dx, dy, d, gd[k]!);
      if (h < least) least = h;
    }
    return least;
  };
}

/**
 * The tie rule between two equally cheap ways into a state heading `d`: from the state behind it
 * heading `p`, or heading `q`. Arriving by a turn wins over arriving straight (so a route runs
 * straight as far as its price allows and turns late, as the router's routes did before it had a
 * tie rule), then the lower direction number.
 */
export function preferredParent(p: number, q: number, d: number): boolean {
  return (p === d ? 4 : p) < (q === d ? 4 : q);
}
