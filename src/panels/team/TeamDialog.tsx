import { useState } from 'react';
import { usePlanStore } from '../../store/planStore.ts';
import { loadIdentity } from '../../store/identity.ts';
import { setPlanRoom } from '../../store/session.ts';
import { retryTeam, useTeam } from '../../store/team.ts';
import { connectionDetail } from './TeamBar.tsx';
import { askIdentity, normalizeServer, roomLinks, savedServer, shareWithTeam } from '../../store/teamShare.ts';
import { closeTeamDialog, useTeamDialog } from '../../store/teamDialog.ts';
import { useModalDialog } from '../useModalDialog.ts';
import { CopyField } from './CopyField.tsx';

/** Share with team: put the open plan in a room (once), then its editor and viewer links. */
export function TeamDialog() {
  const open = useTeamDialog((s) => s.open);
  const binding = useTeam((s) => s.binding);
  const { ref } = useModalDialog(open, closeTeamDialog);
  return (
    <dialog ref={ref} className="dialog team-dialog" aria-labelledby="team-title">
      {open && (binding ? <RoomLinks /> : <CreateRoom />)}
    </dialog>
  );
}

function CreateRoom() {
  const name = usePlanStore((s) => s.plan.name);
  const sameOrigin = useTeamDialog((s) => s.sameOrigin);
  const [server, setServer] = useState(() => savedServer() ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const [me, setMe] = useState(loadIdentity);
  const create = async () => {
    const target = sameOrigin ? { ok: true as const, origin: location.origin } : normalizeServer(server);
    if (!target.ok) return setError(target.message);
    setBusy(true);
    setError(undefined);
    const outcome = await shareWithTeam(target.origin);
    setBusy(false);
    setMe(loadIdentity());
    if (!outcome.ok) setError(outcome.message);
  };
  return (
    <form onSubmit={(e) => { e.preventDefault(); void create(); }}>
      <h2 id="team-title">Share with your team</h2>
      <p>
        Puts <strong><bdi>{name}</bdi></strong> in a room on your team server. Everyone with the <em>editor link</em> edits it live with you; the <em>viewer link</em> shows it live, read-only. It stays in this browser too, and edits you make offline merge when you are back.
      </p>
      {sameOrigin === false && (
        <label className="team-field">
          Team server
          <input value={server} onChange={(e) => setServer(e.target.value)} placeholder="http://teamserver:4321" autoFocus aria-describedby="team-server-hint" />
          <span id="team-server-hint" className="muted">
            The address of <code>npm run server</code>. Kept in this browser for next time.
          </span>
        </label>
      )}
      {sameOrigin && <p className="muted">Team server: this site ({location.host}).</p>}
      <p className="muted">
        {me ? <>You appear to your team as <strong style={{ color: me.color }}><bdi>{me.name}</bdi></strong>. <IdentityButton onChange={() => setMe(loadIdentity())} /></> : 'You will be asked for the name your team sees.'}
      </p>
      {error && <p className="team-error" role="alert">{error}</p>}
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={busy || sameOrigin === undefined}>
          {busy ? 'Creating the room…' : 'Create room'}
        </button>
        <button type="button" onClick={closeTeamDialog}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function RoomLinks() {
  const binding = useTeam((s) => s.binding)!;
  const planId = usePlanStore((s) => s.planId);
  const links = roomLinks(binding);
  const [, refresh] = useState(0);
  return (
    <>
      <h2 id="team-title">Shared with your team</h2>
      <RoomState />
      <p className="muted">Anyone with a link opens this plan: send them to your team only. The room’s key travels after the <code>#</code>, which browsers never send to any server.</p>
      {links.editor && <CopyField label="Editor link" hint="edits live with you" value={links.editor} />}
      {links.viewer ? (
        <CopyField label="Viewer link" hint="sees it live, cannot change it" value={links.viewer} />
      ) : (
        <p className="muted">The viewer link is with whoever shared the plan.</p>
      )}
      <p className="muted">
        You appear as <strong style={{ color: loadIdentity()?.color }}><bdi>{loadIdentity()?.name ?? 'Guest'}</bdi></strong>. <IdentityButton onChange={() => refresh((n) => n + 1)} />
      </p>
      <div className="dialog-actions">
        <button
          type="button"
          className="danger"
          title="This browser stops editing with the team; the plan stays here as one of your plans"
          onClick={() => {
            setPlanRoom(planId, undefined);
            closeTeamDialog();
          }}
        >
          Leave the room
        </button>
        <button type="button" className="primary" onClick={closeTeamDialog}>
          Done
        </button>
      </div>
    </>
  );
}

/** The connection in words, with Reconnect when the person can fix what the server refused. */
function RoomState() {
  const status = useTeam((s) => s.status);
  const problem = useTeam((s) => s.problem);
  const sending = useTeam((s) => s.unsynced > 0);
  if (status === 'none') return null;
  return (
    <p className={`team-state team-${status}`} role="status">
      <span className="team-dot" aria-hidden="true" /> {connectionDetail(status, sending, problem)}{' '}
      {status === 'refused' && problem && /reconnect/.test(problem) && (
        <button type="button" className="small" onClick={retryTeam}>
          Reconnect
        </button>
      )}
    </p>
  );
}

function IdentityButton({ onChange }: { onChange: () => void }) {
  return (
    <button
      type="button"
      className="ghost small"
      onClick={async () => {
        await askIdentity();
        onChange();
      }}
    >
      Change
    </button>
  );
}
