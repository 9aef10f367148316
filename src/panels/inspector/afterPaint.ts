// Parts of the inspector a click does not need in its first frame are drawn right after it is
// painted: the Setup commands (below the fold, at the foot of a server's or a cluster's fields) and
// the long choice lists of a field (which shows its value at once; nobody opens the list within a
// frame). Until then nothing stands in their place, never an earlier item's or plan's values.
import { startTransition, useEffect, useState } from 'react';

/** Runs `work` once the next frame is painted (a task queued from that frame's animation callback); returns a cancel. */
export function afterNextPaint(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
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
    return afterNextPaint(() => startTransition(() => setPainted(true)));
  }, [painted]);
  return painted;
}
