import { commandById } from '../app/commands.ts';
import { useUi } from '../app/uiState.ts';
import { Menu } from './Menu.tsx';
import { ViewMenuItems } from './ViewMenuItems.tsx';

/** On a narrow window (below 1366 px) the top bar folds its view commands and the View menu in here. */
export function MoreMenu({ design, readOnly }: { design: boolean; readOnly: boolean }) {
  const item = (id: string, label: string, close: () => void) => {
    const c = commandById(id);
    return (
      <button role="menuitem" onClick={() => { close(); c.perform(); }}>
        <span>{label}</span> {c.shortcut && <kbd>{c.shortcut}</kbd>}
      </button>
    );
  };
  return (
    <Menu label="More" className="narrow-only more-menu" title="More commands and the View options">
      {(close) => (
        <>
          {design && !readOnly && item('arrange', 'Auto-layout', close)}
          {design && item('fit', 'Fit the plan in view', close)}
          {design && item('find', 'Find a server or site', close)}
          <button role="menuitem" onClick={() => { close(); useUi.getState().set({ shortcutsOpen: true }); }}>
            <span>Keyboard shortcuts</span> <kbd>?</kbd>
          </button>
          <div className="menu-sep" role="separator" />
          <ViewMenuItems />
        </>
      )}
    </Menu>
  );
}
