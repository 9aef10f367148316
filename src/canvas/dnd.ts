// Drag-and-drop between the palette, role chips and the canvas: the payload types, and what is
// being dragged (a dragover event cannot read the payload, but the canvas must know it to show
// the drop target while the pointer moves).
import type { Drag } from '../store/dropTarget.ts';
import { notify } from '../store/toasts.ts';
import { showDropHint } from '../store/view.ts';

export const PALETTE_MIME = 'application/x-exchange-topology-palette';
export const ROLE_MIME = 'application/x-exchange-topology-role';

let current: Drag | undefined;
/** Why the target under the pointer refuses the drag, kept until the drag ends or leaves the canvas. */
let refusal: string | undefined;

export const dragging = {
  start(drag: Drag) {
    current = drag;
  },
  /** What the target under the pointer says now (undefined: it accepts, or there is none). */
  refuse(reason: string | undefined) {
    refusal = reason;
  },
  /** The drag is over: released over a refusing target, the browser drops nothing; say why. */
  end() {
    current = undefined;
    if (refusal) notify(refusal, 'warning');
    refusal = undefined;
    showDropHint(undefined);
  },
  get(): Drag | undefined {
    return current;
  },
};
