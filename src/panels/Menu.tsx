import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

/** What the arrow keys move between: menu items and the checkboxes of a menu. */
const ITEMS = '[role^="menuitem"]:not(:disabled), input[type="checkbox"]:not(:disabled)';

const items = (list: HTMLElement | null) => [...(list?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];

/** The top-bar menu buttons, in order, for Left and Right. */
function siblingMenuButton(from: HTMLElement, step: 1 | -1): HTMLButtonElement | undefined {
  const bar = from.closest('header, nav');
  const buttons = [...(bar?.querySelectorAll<HTMLButtonElement>('.menu > button[aria-haspopup="menu"]') ?? [])].filter((b) => b.offsetParent !== null);
  const at = buttons.indexOf(from.closest('.menu')?.querySelector<HTMLButtonElement>(':scope > button') as HTMLButtonElement);
  return at < 0 ? undefined : buttons[(at + step + buttons.length) % buttons.length];
}

/**
 * A button that opens a small menu, keyboard-first like a desktop menu: Enter, Space or Down opens it
 * on the first item, Up on the last; arrows, Home and End move; Left and Right go to the next menu of
 * the bar; Escape or a choice closes it and gives focus back to the button; a click elsewhere closes it.
 */
export function Menu({ label, children, className, title }: { label: ReactNode; children: (close: () => void) => ReactNode; className?: string; title?: string }) {
  const [open, setOpen] = useState<false | 'first' | 'last'>(false);
  const ref = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  const id = useId();
  const close = (refocus = true) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  useEffect(() => {
    if (!open) return;
    const all = items(list.current);
    (open === 'last' ? all[all.length - 1] : all[0])?.focus();
    const onDown = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [open]);

  const move = (e: KeyboardEvent, step: 1 | -1) => {
    const next = siblingMenuButton(e.currentTarget as HTMLElement, step);
    if (!next) return;
    e.preventDefault();
    setOpen(false);
    next.focus();
    next.dispatchEvent(new CustomEvent('menu-open', { detail: 'first' }));
  };
  useEffect(() => {
    const b = button.current;
    const onOpen = () => setOpen('first');
    b?.addEventListener('menu-open', onOpen);
    return () => b?.removeEventListener('menu-open', onOpen);
  }, []);

  const onButtonKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(e.key === 'ArrowUp' ? 'last' : 'first');
    } else if (e.key === 'ArrowRight') move(e, 1);
    else if (e.key === 'ArrowLeft') move(e, -1);
  };
  const onListKey = (e: KeyboardEvent) => {
    const all = items(list.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const focus = (i: number) => {
      e.preventDefault();
      all[(i + all.length) % all.length]?.focus();
    };
    // Typing in a field of the menu (renaming a plan) keeps its keys.
    if ((e.target as HTMLElement).matches('input:not([type="checkbox"])')) return;
    if (e.key === 'ArrowDown') focus(at + 1);
    else if (e.key === 'ArrowUp') focus(at - 1);
    else if (e.key === 'Home') focus(0);
    else if (e.key === 'End') focus(all.length - 1);
    else if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') move(e, e.key === 'ArrowRight' ? 1 : -1);
    else if (e.key === 'Escape') {
      // The menu's own Escape: it does not also clear the canvas selection.
      e.stopPropagation();
      close();
    }
  };
  return (
    <div
      className={`menu ${className ?? ''}`}
      ref={ref}
      onBlur={(e) => {
        if (open && !ref.current?.contains(e.relatedTarget as Node | null) && e.relatedTarget) setOpen(false);
      }}
    >
      <button ref={button} aria-haspopup="menu" aria-expanded={Boolean(open)} aria-controls={id} title={title} onClick={() => (open ? close() : setOpen('first'))} onKeyDown={onButtonKey}>
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="menu-list" role="menu" id={id} ref={list} onKeyDown={onListKey}>
          {children(() => close())}
        </div>
      )}
    </div>
  );
}
