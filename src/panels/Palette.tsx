import { memo, type DragEvent, type KeyboardEvent } from 'react';
import type { Role } from '../model/index.ts';
import { PALETTE, type PaletteEntry } from '../store/paletteItems.ts';
import { addFromPaletteByKeyboard } from '../store/keyboardAdd.ts';
import { ROLE_STYLE, INFRA_COLOR } from '../theme/tokens.ts';
import { ItemIcon, RoleIcon } from '../canvas/Icon.tsx';
import { PALETTE_MIME } from '../canvas/dnd.ts';
import type { IconName } from '../theme/icons.ts';

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

const PaletteItemButton = memo(function PaletteItemButton({ entry }: { entry: PaletteEntry }) {
  const onDragStart = (e: DragEvent) => {
    e.dataTransfer.setData(PALETTE_MIME, entry.key);
    e.dataTransfer.effectAllowed = 'copy';
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      addFromPaletteByKeyboard(entry.key);
    }
  };
  return (
    <li>
      <div
        className="palette-item"
        role="button"
        tabIndex={0}
        draggable
        onDragStart={onDragStart}
        onKeyDown={onKeyDown}
        onDoubleClick={() => addFromPaletteByKeyboard(entry.key)}
        title={`${entry.hint}. Drag onto the canvas, or press Enter to add it to the selection.`}
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
  return (
    <nav className="palette" aria-label="Palette">
      {GROUPS.map((group) => (
        <section key={group}>
          <h2>{group}</h2>
          <ul>
            {PALETTE.filter((e) => e.group === group).map((entry) => (
              <PaletteItemButton key={entry.key} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
      <p className="palette-help">Drag onto the canvas, or focus an item and press Enter to add it to the selected site or server.</p>
    </nav>
  );
}
