// Work the canvas defers past a frame the user is waiting for (the minimap's new picture, the
// routing worker's next plan): a task queued from an animation frame callback, so it starts once
// that frame's main-thread work is done rather than inside it.

/**
 * Runs `task` in a task queued from the animation callback `frames` frames from now: 1, once the
 * next frame is drawn; 2, once it is drawn and the one after has begun. Returns how to cancel it.
 */
export function afterFrames(task: () => void, frames: 1 | 2 = 1): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let frame = 0;
  const wait = (left: number) => {
    frame = requestAnimationFrame(() => (left > 1 ? wait(left - 1) : (timer = setTimeout(task, 0))));
  };
  wait(frames);
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}
