// Drops from outside React Flow (palette items, role chips dragged off a card): the target under
// the pointer is highlighted while dragging, a refusing one shows the "no" cursor, and the drop
// runs the same pure decision (store/dropTarget.ts) the highlight showed.
import { useCallback, type DragEvent } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { Role } from '../model/index.ts';
import { dropFromPalette, moveRoleTo } from '../store/actions.ts';
import { dropTarget } from '../store/dropTarget.ts';
import { usePlanStore } from '../store/planStore.ts';
import { showDropHint } from '../store/view.ts';
import { dragging, PALETTE_MIME, ROLE_MIME } from './dnd.ts';

export function useExternalDrop() {
  const rf = useReactFlow();

  const onDragOver = useCallback(
    (e: DragEvent) => {
      const ours = e.dataTransfer.types.includes(PALETTE_MIME) || e.dataTransfer.types.includes(ROLE_MIME);
      if (!ours) return;
      e.preventDefault();
      const drag = dragging.get();
      const target = drag && dropTarget(usePlanStore.getState().plan, drag, rf.screenToFlowPosition({ x: e.clientX, y: e.clientY }));
      showDropHint(target?.box ? { id: target.box.id, ...(target.refused ? { refused: target.refused } : {}) } : undefined);
      dragging.refuse(target?.refused);
      e.dataTransfer.dropEffect = target?.refused ? 'none' : e.dataTransfer.types.includes(ROLE_MIME) ? 'move' : 'copy';
    },
    [rf],
  );

  const onDragLeave = useCallback((e: DragEvent) => {
    // Leaving the canvas itself, not moving from one of its children to another.
    if ((e.currentTarget as HTMLElement).contains(e.relatedTarget as Node | null)) return;
    showDropHint(undefined);
    // A release over a refusing target also "leaves" (where it was): its reason is kept for the
    // drag's end to tell. Only a pointer really outside the canvas forgets it.
    const r = (e.currentTarget as HTMLElement).getBoundingClientRect();
    if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) dragging.refuse(undefined);
  }, []);

  const onDrop = useCallback(
    (e: DragEvent) => {
      showDropHint(undefined);
      const point = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const key = e.dataTransfer.getData(PALETTE_MIME);
      if (key) {
        e.preventDefault();
        dropFromPalette(key, point);
        return;
      }
      const role = e.dataTransfer.getData(ROLE_MIME);
      if (!role) return;
      e.preventDefault();
      try {
        const payload = JSON.parse(role) as { serverId: string; role: Role };
        moveRoleTo(payload.serverId, payload.role, point);
      } catch {
        // Not our payload: ignore the drop.
      }
    },
    [rf],
  );

  return { onDragOver, onDragLeave, onDrop };
}
