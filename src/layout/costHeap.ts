// The grid search's priority queue: a binary heap of states keyed by (cost, tie), lower cost first
// and, among equal costs, lower tie first. Entries equal in both leave in no particular order: the
// search's result must not (and does not) depend on it.
export class CostHeap {
  private costs: number[] = [];
  private ties: number[] = [];
  private states: number[] = [];
  get size() {
    return this.costs.length;
  }
  /** The cost and tie of the entry pop() last removed. */
  lastCost = 0;
  lastTie = 0;
  /** The cost and tie of the entry pop() would remove next (the heap must not be empty). */
  get nextCost() {
    return this.costs[0]!;
  }
  get nextTie() {
    return this.ties[0]!;
  }
  push(cost: number, tie: number, state: number) {
    const c = this.costs;
    const t = this.ties;
    const s = this.states;
    let i = c.length;
    c.push(cost);
    t.push(tie);
    s.push(state);
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (c[up]! < cost || (c[up] === cost && t[up]! <= tie)) break;
      c[i] = c[up]!;
      t[i] = t[up]!;
      s[i] = s[up]!;
      i = up;
    }
    c[i] = cost;
    t[i] = tie;
    s[i] = state;
  }
  /** Removes the first entry and returns its state (its cost and tie are left in `lastCost`, `lastTie`). */
  pop(): number {
    const c = this.costs;
    const t = this.ties;
    const s = this.states;
    this.lastCost = c[0]!;
    this.lastTie = t[0]!;
    const top = s[0]!;
    const lastC = c.pop()!;
    const lastT = t.pop()!;
    const lastS = s.pop()!;
    const n = c.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const m = r < n && (c[r]! < c[l]! || (c[r] === c[l] && t[r]! < t[l]!)) ? r : l;
        if (c[m]! > lastC || (c[m] === lastC && t[m]! >= lastT)) break;
        c[i] = c[m]!;
        t[i] = t[m]!;
        s[i] = s[m]!;
        i = m;
      }
      c[i] = lastC;
      t[i] = lastT;
      s[i] = lastS;
    }
    return top;
  }
}
