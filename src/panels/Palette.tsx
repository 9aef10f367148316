import { memo, type DragEvent, type KeyboardEvent } from 'react';
import type { Role } from '../model/index.ts';
import { PALETTE, type PaletteEntry } from '../store/paletteItems.ts';
import { addFromPaletteByKeyboard } from '../store/keyboardAdd.ts';
import { ROLE_STYLE, INFRA_COLOR } from '../theme/tokens.ts';
import { ItemIcon, RoleIcon } from '../canvas/Icon.tsx';
import { dragging, PALETTE_MIME } from '../canvas/dnd.ts';
import type { IconName } from '../theme/icons.ts';
import { usePlanStore } from '../store/planStore.ts';

const GROUPS = ['Containers', 'Servers', 'Roles', 'Infrastructure'] as const;

function iconFor(entry: PaletteEntry) {
  const item = entry.item;
  if (item.kind === 'role')
    return (
      <span className="palette-swatch" style={{ background: ROLE_STYLE[item.role as Role].color }}>
        <RoleIcon role={item.role} size={14} color="#fff" />
      </span>
    );
  const name: IconName =
    item.kind === 'site' ? (item.siteKind === 'perimeter' ? 'perimeter' : 'site') : item.kind === 'cluster' ? 'cluster' : item.kind === 'legacy' ? 'legacy' : item.kind === 'server' ? 'server' : item.infraKind;
  const color = item.kind === 'infrastructure' ? INFRA_COLOR[item.infraKind] : '#3d4a58';
  return (
    <span className="palette-swatch plain">
      <ItemIcon name={name} size={16} color={color} />
    </span>
  );
}

const PaletteItemButton = memo(function PaletteItemButton({ entry, disabled }: { entry: PaletteEntry; disabled: boolean }) {
  const onDragStart = (e: DragEvent) => {
    if (disabled) return e.preventDefault();
    e.dataTransfer.setData(PALETTE_MIME, entry.key);
    e.dataTransfer.effectAllowed = 'copy';
    dragging.start({ kind: 'palette', item: entry.item });
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      if (!disabled) addFromPaletteByKeyboard(entry.key);
    }
  };
  return (
    <li>
      <div
        className="palette-item"
        role="button"
        tabIndex={0}
        aria-disabled={disabled || undefined}
        draggable={!disabled}
        onDragStart={onDragStart}
        onDragEnd={dragging.end}
        onKeyDown={onKeyDown}
        onDoubleClick={() => !disabled && addFromPaletteByKeyboard(entry.key)}
        title={disabled ? `${entry.hint}. This shared plan is read-only.` : `${entry.hint}. Drag onto the canvas, or press Enter to add it to the selection.`}
        aria-label={`Add ${entry.label}`}
        data-palette={entry.key}
      >
        {iconFor(entry)}
        <span>{entry.label}</span>
      </div>
    </li>
  );
});

/** The items a plan is made of, dragged onto the canvas (or added with Enter). */
export function Palette() {
  const readOnly = usePlanStore((s) => s.readOnly);
  return (
    <nav className={`palette${readOnly ? ' read-only' : ''}`} aria-label="Palette">
      {readOnly && (
        <div className="palette-locked" role="note">
          <strong>Read-only</strong>
          <p>This plan was shared with you as a link, so nothing can be added to it. Choose “Open a copy to edit” in the bar over the canvas to make it one of your plans.</p>
        </div>
      )}
      {GROUPS.map((group) => (
        <section key={group}>
          <h2>{group}</h2>
          <ul>
            {PALETTE.filter((e) => e.group === group).map((entry) => (
              <PaletteItemButton key={entry.key} entry={entry} disabled={readOnly} />
            ))}
          </ul>
        </section>
      ))}
      {!readOnly && <p className="palette-help">Drag onto the canvas, or focus an item and press Enter to add it to the selected site or server.</p>}
    </nav>
  );
}
