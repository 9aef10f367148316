import { useModalDialog } from './useModalDialog.ts';
import { COMMANDS } from '../app/commands.ts';
import { useUi } from '../app/uiState.ts';

const CANVAS_KEYS: [string, string][] = [
  ['Tab / Shift+Tab', 'Move between palette items, items on the canvas and panels'],
  ['Enter (on a palette item)', 'Add it to the selected site or server, or to the middle of the view'],
  ['Arrow keys', 'Move the selected items'],
  ['Shift+click, Shift+drag', 'Select several items'],
  ['Double-click a name', 'Rename it'],
  ['Drag a role chip', 'Move the role to another server'],
];

/** Every keyboard shortcut, listed from the same command registry the keys run. */
export function ShortcutsDialog() {
  const open = useUi((s) => s.shortcutsOpen);
  const { ref } = useModalDialog(open, () => useUi.getState().set({ shortcutsOpen: false }));
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      <table className="shortcuts">
        <tbody>
          {COMMANDS.filter((c) => c.shortcut).map((c) => (
            <tr key={c.id}>
              <td><kbd>{c.shortcut}</kbd></td>
              <td>{c.label}</td>
            </tr>
          ))}
          {CANVAS_KEYS.map(([k, what]) => (
            <tr key={k}>
              <td><kbd>{k}</kbd></td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <form method="dialog">
        <button autoFocus>Close</button>
      </form>
    </dialog>
  );
}
