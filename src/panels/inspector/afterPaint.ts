// Parts of the inspector a click does not need in its first frame are drawn right after it is
// painted: the Setup commands (below the fold, at the foot of a server's or a cluster's fields) and
// the long choice lists of a field (which shows its value at once; nobody opens the list within a
// frame). Until then nothing stands in their place, never an earlier item's or plan's values.
import { startTransition, useEffect, useState } from 'react';

/** Who waits for a painted frame; those due are told in one task, so they draw in one commit. */
const waiting = new Set<() => void>();
let scheduled = false;

function schedule() {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    // Those waiting now have their frame in this one; who comes later waits for the next.
    const due = [...waiting];
    setTimeout(() => {
      scheduled = false;
      const told = due.filter((tell) => waiting.delete(tell));
      if (waiting.size) schedule();
      startTransition(() => told.forEach((tell) => tell()));
    }, 0);
  });
}

/** Calls `tell` (in a transition) once the next frame is painted: a task queued from that frame's animation callback. Returns a cancel. */
export function afterNextPaint(tell: () => void): () => void {
  waiting.add(tell);
  schedule();
  return () => void waiting.delete(tell);
}

/**
 * False in the commit that mounts the caller, true from the render after that commit's frame was
 * painted (a transition, so it yields to the user's next input and to frames). Always true when
 * the caller does not `wait`.
 */
export function usePaintedOnce(wait = true): boolean {
  const [painted, setPainted] = useState(!wait);
  useEffect(() => {
    if (painted) return;
    return afterNextPaint(() => setPainted(true));
  }, [painted]);
  return painted;
}
