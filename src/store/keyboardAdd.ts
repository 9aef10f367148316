// Adding a palette item without a mouse: into the selected container (a role into the selected
// server, a server into the selected site or cluster), else at the centre of the view.
import { contentMin } from '../layout/settle.ts';
import { resolveLayout, SERVER_HEADER } from '../theme/geometry.ts';
import { dropFromPalette } from './actions.ts';
import { paletteEntry } from './paletteItems.ts';
import { usePlanStore } from './planStore.ts';
import { viewport } from './view.ts';

export function addFromPaletteByKeyboard(key: string) {
  const entry = paletteEntry(key);
  if (!entry) return;
  const { plan, selection, readOnly } = usePlanStore.getState();
  if (readOnly) return;
  const layout = resolveLayout(plan);
  const selected = selection.map((id) => layout.byId.get(id)).find(Boolean);
  if (selected && entry.item.kind !== 'site') {
    const target =
      entry.item.kind === 'role'
        ? selected
        : selected.kind === 'server' && selected.parent
          ? layout.byId.get(selected.parent)
          : selected;
    if (target && target.kind !== 'infrastructure') {
      if (entry.item.kind === 'role' && target.kind === 'server') {
        dropFromPalette(key, { x: target.absX + 8, y: target.absY + SERVER_HEADER });
        return;
      }
      if (target.kind === 'site' || target.kind === 'cluster') {
        dropFromPalette(key, freeSpotIn(target));
        return;
      }
    }
  }
  const c = viewport.centre();
  dropFromPalette(key, { x: c.x - 90, y: c.y - 40 });
}

/** The container's first content spot: the new item then takes the nearest free place from there. */
function freeSpotIn(box: { kind: string; absX: number; absY: number }) {
  const min = contentMin(box.kind === 'site' ? 'site' : 'cluster');
  return { x: box.absX + min.x + 8, y: box.absY + min.y + 8 };
}
