import { commandById } from '../app/commands.ts';
import { usePlanStore } from '../store/planStore.ts';
import { Menu } from './Menu.tsx';

const GROUPS = [
  ['align-left', 'align-center', 'align-right'],
  ['align-top', 'align-middle', 'align-bottom'],
  ['distribute-horizontal', 'distribute-vertical'],
];

/** Auto-layout, align and distribute: the same commands as their shortcuts. */
export function ArrangeMenu() {
  const selected = usePlanStore((s) => s.selection.length);
  const readOnly = usePlanStore((s) => s.readOnly);
  const arrange = commandById('arrange');
  return (
    <Menu label="Arrange">
      {(close) => (
        <>
          <button role="menuitem" disabled={readOnly} onClick={() => { close(); arrange.perform(); }}>
            <span>Auto-layout the plan</span> <kbd>{arrange.shortcut}</kbd>
          </button>
          {GROUPS.map((group) => (
            <div key={group[0]} role="group">
              <div className="menu-sep" role="separator" />
              {group.map((id) => {
                const c = commandById(id);
                return (
                  <button key={id} role="menuitem" disabled={readOnly || selected < (c.minSelection ?? 0)} onClick={() => { close(); c.perform(); }} title={c.minSelection && selected < c.minSelection ? `Select at least ${c.minSelection} items` : undefined}>
                    <span>{c.label}</span> <kbd>{c.shortcut}</kbd>
                  </button>
                );
              })}
            </div>
          ))}
          {selected < 2 && <p className="menu-caption">Select two or more items to align them, three or more to distribute.</p>}
        </>
      )}
    </Menu>
  );
}
