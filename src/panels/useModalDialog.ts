import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * A <dialog> shown modally while `open` is true. `close` ends it (a Close button, a finished
 * action), as do Escape and a `<form method="dialog">`; `onClosed` then sets `open` false at once.
 * (Told by the close event, a task later, the state still said open in between: a shortcut that
 * opened the dialog again right then was lost.)
 */
export function useModalDialog(open: boolean, onClosed: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const latest = useRef(onClosed);
  useLayoutEffect(() => {
    latest.current = onClosed;
  });
  /** Whether it is shown: the close is told once, whichever way it came. */
  const shown = useRef(false);
  const closed = useRef(() => {
    if (!shown.current) return;
    shown.current = false;
    latest.current();
  });
  // After every render, so a dialog asked open again before it was taken away is shown again.
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      shown.current = true;
    }
    if (!open && d.open) {
      shown.current = false; // closed because the state says so: nothing to tell
      d.close();
    }
  });
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    // Escape and a dialog form close the element right after these events, in the same task.
    const onCancel = () => closed.current();
    const onSubmit = (e: SubmitEvent) => {
      if ((e.target as HTMLFormElement).method === 'dialog' && !e.defaultPrevented) closed.current();
    };
    // Any other way it closed; not when it was shown again meanwhile.
    const onClose = () => {
      if (!d.open) closed.current();
    };
    d.addEventListener('cancel', onCancel);
    d.addEventListener('submit', onSubmit);
    d.addEventListener('close', onClose);
    return () => {
      d.removeEventListener('cancel', onCancel);
      d.removeEventListener('submit', onSubmit);
      d.removeEventListener('close', onClose);
    };
  }, []);
  const close = useCallback(() => {
    ref.current?.close();
    closed.current();
  }, []);
  return { ref, close };
}
