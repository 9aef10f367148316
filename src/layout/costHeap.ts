// The grid search's priority queue: a binary heap of (cost, state) pairs. Its order among equal
// costs is part of which of several equally cheap routes the router draws, so it must not change.
export class CostHeap {
  private costs: number[] = [];
  private states: number[] = [];
  get size() {
    return this.costs.length;
  }
  /** The cost of the entry pop() last removed. */
  lastCost = 0;
  push(cost: number, state: number) {
    const c = this.costs;
    const s = this.states;
    let i = c.length;
    c.push(cost);
    s.push(state);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (c[up]! <= cost) break;
      c[i] = c[up]!;
      s[i] = s[up]!;
      i = up;
    }
    c[i] = cost;
    s[i] = state;
  }
  /** Removes the cheapest entry and returns its state (its cost is left in `lastCost`). */
  pop(): number {
    const c = this.costs;
    const s = this.states;
    this.lastCost = c[0]!;
    const top = s[0]!;
    const lastC = c.pop()!;
    const lastS = s.pop()!;
    if (c.length > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= c.length) break;
        const r = l + 1;
        const m = r < c.length && c[r]! < c[l]! ? r : l;
        if (c[m]! >= lastC) break;
        c[i] = c[m]!;
        s[i] = s[m]!;
        i = m;
      }
      c[i] = lastC;
      s[i] = lastS;
    }
    return top;
  }
}
