import { useModalDialog } from './useModalDialog.ts';
import { SITE_KIND_SHORT } from '../model/index.ts';
import { useMemo, useState } from 'react';
import { useUi } from '../app/uiState.ts';
import { usePlanStore } from '../store/planStore.ts';
import { useView } from '../store/view.ts';
import { select } from '../store/actions.ts';

const MAX_RESULTS = 50;

/** Find any item by name and jump to it: the way around a plan of a thousand servers. */
export function FindDialog() {
  const open = useUi((s) => s.findOpen);
  const plan = usePlanStore((s) => s.plan);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const { ref } = useModalDialog(open, () => useUi.getState().set({ findOpen: false }));
  const items = useMemo(
    () => [
      ...plan.servers.map((s) => ({ id: s.id, name: s.name, what: 'Server' })),
      ...plan.clusters.map((c) => ({ id: c.id, name: c.name, what: `Clustered mailbox server (${c.type})` })),
      ...plan.sites.map((s) => ({ id: s.id, name: s.name, what: SITE_KIND_SHORT[s.kind] })),
      ...plan.infrastructure.map((i) => ({ id: i.id, name: i.name, what: i.kind })),
    ],
    [plan],
  );
  const q = query.trim().toLowerCase();
  const results = q ? items.filter((i) => i.name.toLowerCase().includes(q)).slice(0, MAX_RESULTS) : [];
  const jump = (id: string) => {
    select([id]);
    useView.getState().requestFocus([id]);
    useUi.getState().set({ findOpen: false });
  };
  return (
    <dialog ref={ref} className="dialog find-dialog" aria-labelledby="find-title">
      <h2 id="find-title">Find an item</h2>
      <input
        autoFocus
        type="search"
        aria-label="Name to find"
        placeholder="Server, cluster, site or other item name"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive(Math.min(active + 1, results.length - 1));
          if (e.key === 'ArrowUp') setActive(Math.max(active - 1, 0));
          if (e.key === 'Enter' && results[active]) jump(results[active].id);
        }}
      />
      <ul className="find-results" role="listbox" aria-label="Matches">
        {results.map((r, i) => (
          <li key={r.id} role="option" aria-selected={i === active}>
            <button onClick={() => jump(r.id)}>
              <strong><bdi>{r.name}</bdi></strong> <span>{r.what}</span>
            </button>
          </li>
        ))}
        {q && results.length === 0 && <li className="find-none">Nothing is named like “<bdi>{query}</bdi>”.</li>}
      </ul>
      <form method="dialog">
        <button>Close</button>
      </form>
    </dialog>
  );
}
