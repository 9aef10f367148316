import { isolate } from '../model/bidi.ts';
import { useState } from 'react';
import { firstPlanLater } from '../templates/later.ts';
import { usePlanStore } from '../store/planStore.ts';
import { deletePlan, duplicatePlan, openAsNewPlan, renamePlan, switchPlan, useSession } from '../store/session.ts';
import { emptyPlan } from '../model/index.ts';
import { Menu } from './Menu.tsx';

function formatDate(iso: string) {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** The user's plans: switch, create, rename, duplicate, delete. */
export function PlansMenu() {
  const entries = useSession((s) => s.entries);
  const library = useSession((s) => s.library);
  const current = usePlanStore((s) => s.planId);
  const [renaming, setRenaming] = useState<string | undefined>();
  const [draft, setDraft] = useState('');
  const sorted = [...entries].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <Menu label="Plans" className="plans-menu">
      {(close) => (
        <>
          <button role="menuitem" onClick={() => { openAsNewPlan(emptyPlan()); close(); }}>
            New empty plan
          </button>
          <div className="menu-sep" role="separator" />
          <p className="menu-caption">
            {library === 'open' ? `Your plans (${entries.length}), kept in this browser` : library === 'opening' ? 'Opening your plans…' : 'Your saved plans could not be opened'}
          </p>
          <ul className="plan-list">
            {sorted.map((e) => (
              <li key={e.id} className={e.id === current ? 'current' : ''}>
                {renaming === e.id ? (
                  <form
                    onSubmit={(ev) => {
                      ev.preventDefault();
                      const name = draft.trim();
                      if (name && name.length <= 120) renamePlan(e.id, name);
                      setRenaming(undefined);
                    }}
                  >
                    <input autoFocus aria-label="Plan name" value={draft} maxLength={120} onChange={(ev) => setDraft(ev.target.value)} onKeyDown={(ev) => ev.key === 'Escape' && setRenaming(undefined)} />
                    <button type="submit">Save</button>
                  </form>
                ) : (
                  <>
                    <button role="menuitem" className="plan-open" aria-current={e.id === current ? 'true' : undefined} onClick={() => { if (e.id !== current) switchPlan(e.id); close(); }}>
                      <span className="plan-name">{e.name}</span>
                      <span className="plan-date">{formatDate(e.updatedAt)}</span>
                    </button>
                    <span className="plan-actions">
                      <button className="ghost small" aria-label={`Rename ${e.name}`} onClick={() => { setRenaming(e.id); setDraft(e.name); }}>Rename</button>
                      <button className="ghost small" aria-label={`Duplicate ${e.name}`} onClick={() => { duplicatePlan(e.id); close(); }}>Duplicate</button>
                      <button
                        className="ghost small danger"
                        aria-label={`Delete ${e.name}`}
                        onClick={() => {
                          if (window.confirm(`Delete the plan “${isolate(e.name)}”? This cannot be undone.`)) deletePlan(e.id, firstPlanLater);
                        }}
                      >
                        Delete
                      </button>
                    </span>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </Menu>
  );
}
