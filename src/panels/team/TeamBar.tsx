import { useShallow } from 'zustand/react/shallow';
import { usePlanStore } from '../../store/planStore.ts';
import type { TeamStatus } from '../../doc/teamConnection.ts';
import { useTeam } from '../../store/team.ts';
import { openTeamDialog } from '../../store/teamDialog.ts';
import { useView } from '../../store/view.ts';
import { initials } from './initials.ts';

const STATUS_TEXT = {
  connecting: 'Connecting…',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  refused: 'Not shared',
} as const;

const MAX_SHOWN = 4;

/** Top bar, right: who else is in the room and the connection state, or Share with team. */
export function TeamBar() {
  const status = useTeam((s) => s.status);
  const snapshot = usePlanStore((s) => s.readOnly && s.planId === '');
  return (
    <div className="team-bar" role="group" aria-label="Team">
      {status !== 'none' && <People />}
      {status !== 'none' ? (
        <ConnectionState />
      ) : (
        <button
          className="primary team-share"
          onClick={openTeamDialog}
          disabled={snapshot}
          aria-label="Share with team"
          title={snapshot ? 'Open a copy of this shared plan to share it with your team' : 'Share with team: edit this plan live with others'}
        >
          <PeopleIcon /> Share
        </button>
      )}
    </div>
  );
}

function PeopleIcon() {
  return (
    <svg width="16" height="14" viewBox="0 0 16 14" aria-hidden="true">
      <circle cx="5.5" cy="4" r="2.6" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d="M1 12.5c0-2.5 2-4 4.5-4s4.5 1.5 4.5 4" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
      <circle cx="11.5" cy="4.5" r="2.1" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M11.5 8.5c2 0 3.5 1.3 3.5 3.6" fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinecap="round" />
    </svg>
  );
}

/** Avatars of the others in the room (the list changes only when someone comes, goes or renames). */
function People() {
  const people = useTeam(
    useShallow((s) => s.peers.map((p) => `${p.clientId}|${p.user.color}|${p.viewer ? 'v' : 'e'}|${p.user.name}`)),
  );
  const shown = people.slice(0, MAX_SHOWN);
  const focus = (clientId: number) => {
    const peer = useTeam.getState().peers.find((p) => p.clientId === clientId);
    if (peer && peer.selection.length > 0) useView.getState().requestFocus(peer.selection);
  };
  return (
    <ul className="team-people" aria-label={`${people.length} other ${people.length === 1 ? 'person' : 'people'} here`}>
      {shown.map((key) => {
        const [id, color, role, ...rest] = key.split('|');
        const name = rest.join('|');
        const label = `${name}${role === 'v' ? ' (viewing)' : ''}`;
        return (
          <li key={id}>
            <button className="team-avatar" style={{ background: color }} title={`${label}: click to see their selection`} aria-label={label} onClick={() => focus(Number(id))}>
              {initials(name)}
            </button>
          </li>
        );
      })}
      {people.length > MAX_SHOWN && (
        <li className="team-more" title={people.slice(MAX_SHOWN).map((k) => k.split('|').slice(3).join('|')).join(', ')}>
          +{people.length - MAX_SHOWN}
        </li>
      )}
    </ul>
  );
}

/** The connection state; opens Share with team (the links, and what went wrong if anything did). */
function ConnectionState() {
  const status = useTeam((s) => s.status);
  const problem = useTeam((s) => s.problem);
  const sending = useTeam((s) => s.unsynced > 0);
  const role = useTeam((s) => s.role);
  if (status === 'none') return null;
  return (
    <button
      className={`team-status team-${status}`}
      onClick={openTeamDialog}
      title={`${connectionDetail(status, sending, problem)} Click for the room’s links.`}
      aria-label={`Team connection: ${STATUS_TEXT[status]}${role === 'viewer' ? ', view only' : ''}. Share with team`}
    >
      <span className="team-dot" aria-hidden="true" />
      {STATUS_TEXT[status]}
      {role === 'viewer' && status === 'live' && <span className="team-role">View only</span>}
    </button>
  );
}

export function connectionDetail(status: TeamStatus, sending: boolean, problem: string | undefined): string {
  if (status === 'live') return sending ? 'Live: sending your latest edits to the team server…' : 'Live: your edits reach the team as you make them.';
  if (status === 'offline') return 'Offline: your edits are kept in this browser and merge when you are back online.';
  if (status === 'reconnecting') return `Reconnecting to the team server: your edits are kept in this browser and merge when it answers.${problem ? ` (${problem})` : ''}`;
  if (status === 'refused') return problem ?? 'The team server refused this plan.';
  return 'Connecting to the team server…';
}
