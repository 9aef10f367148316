// Short messages after an action ("Opened Figure 1", "Deleted Head office — Undo"): one stack in one
// place, each expiring on its own (paused while the pointer or focus is on it), never more than four.
import { create } from 'zustand';

/** warning: something the user tried was refused, and why (stays a little longer than info). */
export type ToastTone = 'error' | 'warning' | 'info' | 'success';

export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  tone: ToastTone;
  text: string;
  action?: ToastAction;
}

export interface ToastOptions {
  action?: ToastAction;
  /** How long it stays, in milliseconds; by default 5 s, 8 s with an action, 10 s for an error. */
  duration?: number;
}

interface ToastState {
  toasts: Toast[];
}

export const useToasts = create<ToastState>()(() => ({ toasts: [] }));

const MAX_SHOWN = 4;
let nextId = 0;
const timers = new Map<number, ReturnType<typeof setTimeout>>();
const durations = new Map<number, number>();

function defaultDuration(tone: ToastTone, action: ToastAction | undefined): number {
  if (tone === 'error') return 10_000;
  if (tone === 'warning') return 9_000;
  return action ? 8_000 : 5_000;
}

function startTimer(id: number) {
  clearTimeout(timers.get(id));
  timers.set(id, setTimeout(() => dismiss(id), durations.get(id) ?? 5_000));
}

/** Shows a message; the same message twice in a row restarts the first one's clock instead of stacking. */
export function notify(text: string, tone: ToastTone = 'info', options: ToastOptions = {}): number {
  const { toasts } = useToasts.getState();
  const last = toasts[toasts.length - 1];
  if (last && last.text === text && last.tone === tone && !options.action && !last.action) {
    startTimer(last.id);
    return last.id;
  }
  const toast: Toast = { id: ++nextId, tone, text, ...(options.action ? { action: options.action } : {}) };
  durations.set(toast.id, options.duration ?? defaultDuration(tone, options.action));
  const kept = [...toasts, toast];
  for (const old of kept.splice(0, Math.max(0, kept.length - MAX_SHOWN))) forget(old.id);
  useToasts.setState({ toasts: kept });
  startTimer(toast.id);
  return toast.id;
}

function forget(id: number) {
  clearTimeout(timers.get(id));
  timers.delete(id);
  durations.delete(id);
}

export function dismiss(id: number) {
  forget(id);
  useToasts.setState((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) }));
}

/** While the user reads or reaches for a toast (hover, focus) it does not expire. */
export function holdToast(id: number, held: boolean) {
  if (!durations.has(id)) return;
  if (held) clearTimeout(timers.get(id));
  else startTimer(id);
}

/** Runs a toast's action (e.g. Undo) and closes it. */
export function runToastAction(id: number) {
  const toast = useToasts.getState().toasts.find((t) => t.id === id);
  dismiss(id);
  toast?.action?.run();
}
