import { useUi, type ThemeChoice } from '../app/uiState.ts';

const THEMES: { value: ThemeChoice; label: string }[] = [
  { value: 'system', label: 'Like the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

/** The View menu's content: panels shown, the canvas legend, and the theme (shared by the View and More menus). */
export function ViewMenuItems() {
  const ui = useUi();
  return (
    <>
      <label className="menu-check"><input type="checkbox" checked={ui.paletteOpen} onChange={() => ui.set({ paletteOpen: !ui.paletteOpen })} /> Palette</label>
      <label className="menu-check"><input type="checkbox" checked={ui.inspectorOpen} onChange={() => ui.set({ inspectorOpen: !ui.inspectorOpen })} /> Inspector</label>
      <label className="menu-check"><input type="checkbox" checked={ui.findingsOpen} onChange={() => ui.set({ findingsOpen: !ui.findingsOpen })} /> Findings</label>
      <label className="menu-check"><input type="checkbox" checked={ui.legendOpen} onChange={() => ui.set({ legendOpen: !ui.legendOpen })} /> Legend</label>
      <div className="menu-sep" role="separator" />
      <p className="menu-caption" id="theme-caption" title="Exports stay light unless you choose a dark background in File > Export…">Theme</p>
      <div role="group" aria-labelledby="theme-caption">
        {THEMES.map((t) => (
          <button key={t.value} role="menuitemradio" aria-checked={ui.theme === t.value} className="menu-radio" onClick={() => ui.set({ theme: t.value })}>
            <span aria-hidden="true">{ui.theme === t.value ? '●' : '○'}</span> {t.label}
          </button>
        ))}
      </div>
    </>
  );
}
