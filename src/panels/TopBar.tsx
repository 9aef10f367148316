import { commandById, openTemplate, type TemplateId } from '../app/commands.ts';
import { useUi } from '../app/uiState.ts';
import { usePlanStore } from '../store/planStore.ts';
import { edit } from '../store/actions.ts';
import { Menu } from './Menu.tsx';
import { PlansMenu } from './PlansMenu.tsx';
import { InlineName } from '../canvas/nodes/InlineName.tsx';
import { ExtraMenus } from './ExtraMenus.tsx';
import { parsePlanName } from './inspector/planName.ts';
import { ViewSwitch } from './deploy/ViewSwitch.tsx';
import { ArrangeMenu } from './ArrangeMenu.tsx';
import { MoreMenu } from './MoreMenu.tsx';
import { ViewMenuItems } from './ViewMenuItems.tsx';
import { TeamBar } from './team/TeamBar.tsx';

const TEMPLATES: { id: TemplateId; label: string; hint: string }[] = [
  { id: 'figure-1', label: 'Figure 1', hint: 'Mailbox, Client Access, Hub Transport and Unified Messaging on one server; Edge in the perimeter' },
  { id: 'figure-2', label: 'Figure 2', hint: 'Each of the five roles on its own computer' },
  { id: 'figure-3', label: 'Figure 3', hint: 'Dedicated roles with a two-node CCR clustered mailbox server' },
  { id: 'empty', label: 'Empty plan', hint: 'Start from a blank canvas' },
];

function CommandButton({ id, label }: { id: string; label?: string }) {
  const c = commandById(id);
  return (
    <button onClick={c.perform} title={c.shortcut ? `${c.label} (${c.shortcut})` : c.label}>
      {label ?? c.label}
    </button>
  );
}

/** Undo and Redo: their own component, so an edit that turns them on or off redraws only them (not every menu). */
function HistoryButtons() {
  const readOnly = usePlanStore((s) => s.readOnly);
  const canUndo = usePlanStore((s) => s.canUndo);
  const canRedo = usePlanStore((s) => s.canRedo);
  const undo = commandById('undo');
  const redo = commandById('redo');
  return (
    <>
      <button onClick={undo.perform} disabled={!canUndo || readOnly} title={`${undo.label} (${undo.shortcut})`} aria-label="Undo">
        ↶ Undo
      </button>
      <button onClick={redo.perform} disabled={!canRedo || readOnly} title={`${redo.label} (${redo.shortcut})`} aria-label="Redo">
        ↷ Redo
      </button>
    </>
  );
}

/** Plan name, templates, plans, undo/redo and view commands. */
export function TopBar() {
  const name = usePlanStore((s) => s.plan.name);
  const readOnly = usePlanStore((s) => s.readOnly);
  const view = useUi((s) => s.view);
  return (
    <header className="top-bar">
      <div className="brand" aria-label="Exchange Topology Designer">
        <span className="brand-mark" aria-hidden="true">EX</span>
        <span className="brand-name">Topology Designer</span>
      </div>
      <h1 className="plan-title">
        {readOnly ? name : <InlineName name={name} onRename={(n) => edit((p) => ({ ...p, name: n }))} check={(n) => { const r = parsePlanName(n); return r.ok ? undefined : r.problem; }} />}
      </h1>
      <ViewSwitch />
      <nav className="top-actions" aria-label="Plan">
        <Menu label="Templates">
          {(close) =>
            TEMPLATES.map((t) => (
              <button key={t.id} role="menuitem" className="menu-rich" onClick={() => { openTemplate(t.id); close(); }}>
                <strong>{t.label}</strong>
                <span>{t.hint}</span>
              </button>
            ))
          }
        </Menu>
        <PlansMenu />
        <ExtraMenus />
        {view === 'design' && <ArrangeMenu />}
        <span className="divider" aria-hidden="true" />
        <HistoryButtons />
        <span className="divider wide-only" aria-hidden="true" />
        {view === 'design' && (
          <span className="wide-only top-group">
            {!readOnly && <CommandButton id="arrange" label="Auto-layout" />}
            <CommandButton id="fit" label="Fit" />
            <CommandButton id="find" label="Find" />
          </span>
        )}
        <Menu label="View" className="wide-only">
          {() => <ViewMenuItems />}
        </Menu>
        <button className="wide-only" onClick={() => useUi.getState().set({ shortcutsOpen: true })} title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts">
          ?
        </button>
        <MoreMenu design={view === 'design'} readOnly={readOnly} />
      </nav>
      <TeamBar />
    </header>
  );
}

