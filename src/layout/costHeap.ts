// The grid search's priority queue: a binary heap of (cost, state) pairs on typed arrays, grown by
// doubling, so a search over a hundred thousand states allocates a handful of arrays. Its order
// among equal costs is part of which of several equally cheap routes the router draws.
/** A binary heap of [cost, state] pairs. */
export class CostHeap {
  private costs = new Float64Array(1024);
  private states = new Int32Array(1024);
  size = 0;
  /** The cost of the entry pop() last removed. */
  lastCost = 0;
  push(cost: number, state: number) {
    if (this.size === this.costs.length) this.grow();
    const c = this.costs;
    const s = this.states;
    let i = this.size++;
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
    const n = --this.size;
    const lastC = c[n]!;
    const lastS = s[n]!;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && c[r]! < c[l]! ? r : l;
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
  private grow() {
    const costs = new Float64Array(this.costs.length * 2);
    const states = new Int32Array(this.states.length * 2);
    costs.set(this.costs);
    states.set(this.states);
    this.costs = costs;
    this.states = states;
  }
}
