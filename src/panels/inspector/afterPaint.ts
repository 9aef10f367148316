// Parts of the inspector below its fold (the Setup commands, at the foot of a server's or a
// cluster's fields) are drawn right after the frame that shows a newly selected item is painted: a
// click paints the item's name and the fields in view first. Until then nothing stands in their
// place (never an earlier item's or an earlier plan's values), and they come a frame later.
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
 * painted (a transition, so it yields to the user's next input and to frames).
 */
export function usePaintedOnce(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (painted) return;
    return afterNextPaint(() => startTransition(() => setPainted(true)));
  }, [painted]);
  return painted;
}
