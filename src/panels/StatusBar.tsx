import { useFindings } from '../store/findings.ts';
import { usePlanStore } from '../store/planStore.ts';
import { useSession } from '../store/session.ts';
import { SeverityIcon } from '../canvas/Icon.tsx';
import { useUi } from '../app/uiState.ts';
import { useTeam } from '../store/team.ts';
import type { TeamStatus } from '../doc/teamConnection.ts';

/** Where the open plan is kept, when it is in a team room. */
function teamSaveText(status: TeamStatus, viewing: boolean, sending: boolean, storageFailed: boolean): string {
  const here = storageFailed ? 'Not saved in this browser' : 'Saved in this browser';
  if (viewing) return status === 'live' ? 'Viewing live with your team' : 'Viewing: waiting for the team server';
  if (status === 'live') return sending ? `${here}; sending to the team…` : `${here} and on the team server`;
  if (status === 'refused') return `${here}; not shared with the team`;
  return `${here}; shared when the team server is back`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The line under the canvas: finding counts (a toggle for the findings panel) and save state. */
export function StatusBar() {
  const { counts } = useFindings();
  const servers = usePlanStore((s) => s.plan.servers.length);
  const sites = usePlanStore((s) => s.plan.sites.length);
  const readOnly = usePlanStore((s) => s.readOnly);
  const storageError = useSession((s) => s.storageError);
  const open = useUi((s) => s.findingsOpen);
  const team = useTeam((s) => s.status);
  const sending = useTeam((s) => s.unsynced > 0);
  return (
    <footer className="status-bar">
      <button className="status-counts" aria-expanded={open} aria-controls="findings" onClick={() => useUi.getState().set({ findingsOpen: !open })} title={open ? 'Hide findings' : 'Show findings'}>
        <span className="count sev-error">
          <SeverityIcon severity="error" size={13} /> {plural(counts.error, 'error', 'errors')}
        </span>
        <span className="count sev-warning">
          <SeverityIcon severity="warning" size={13} /> {plural(counts.warning, 'warning', 'warnings')}
        </span>
        <span className="count sev-info">
          <SeverityIcon severity="info" size={13} /> {plural(counts.info, 'note', 'notes')}
        </span>
      </button>
      <span className="status-size">
        {plural(sites, 'site', 'sites')} · {plural(servers, 'server', 'servers')}
      </span>
      <span className={`status-save${storageError ? ' failed' : ''}`} role="status">
        {team !== 'none' ? teamSaveText(team, readOnly, sending, Boolean(storageError)) : readOnly ? 'Shared plan: not saved until you open a copy' : storageError ? 'Not saved' : 'Saved in this browser'}
      </span>
    </footer>
  );
}
