// Which item the inspector shows. Its fields stay mounted from one item to the next of the same kind
// (the next server's name and roles are written into the same elements, so a palette add or a click
// restyles and lays out what changed rather than the whole column); what keeps state of its own for
// an item (a text field's draft, the Setup commands drawn after the item's first paint) is keyed by it.
import { createContext, useContext, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

export const InspectedItem = createContext<string | undefined>(undefined);

/** The id of the item the inspector shows (undefined outside an item's fields). */
export const useInspected = () => useContext(InspectedItem);

/**
 * When the inspector moves to another item while the keyboard is in it (Ctrl+D on its Delete button,
 * an item chosen from its own fields), the focus goes to the new item's heading: a focused button
 * would otherwise act on an item its user never chose, and a field that was replaced would drop the
 * focus to the page. Focus elsewhere (the canvas, a menu) is left where it is.
 */
export function useFocusFollowsItem(panel: RefObject<HTMLElement | null>, item: string | undefined) {
  const inside = useRef(false);
  useEffect(() => {
    const el = panel.current;
    if (!el) return;
    const onIn = () => void (inside.current = true);
    // Focus moved to nothing (a removed element, another window) leaves this as it was.
    const onOut = (e: FocusEvent) => void (e.relatedTarget && (inside.current = el.contains(e.relatedTarget as Node)));
    // A press elsewhere (the canvas's empty pane takes no focus) means the user has moved on.
    const onPress = (e: PointerEvent) => void (inside.current = el.contains(e.target as Node | null));
    el.addEventListener('focusin', onIn);
    el.addEventListener('focusout', onOut);
    document.addEventListener('pointerdown', onPress, true);
    return () => {
      el.removeEventListener('focusin', onIn);
      el.removeEventListener('focusout', onOut);
      document.removeEventListener('pointerdown', onPress, true);
    };
  }, [panel]);
  const last = useRef(item);
  useLayoutEffect(() => {
    if (last.current === item) return;
    last.current = item;
    const el = panel.current;
    const focused = document.activeElement;
    // A removed element leaves the focus on the page's body without a focusout.
    const keyboardHere = el && (el.contains(focused) || (inside.current && (!focused || focused === document.body)));
    if (keyboardHere) el.querySelector<HTMLElement>('h2')?.focus();
  }, [panel, item]);
}
