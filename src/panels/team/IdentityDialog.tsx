import { useState } from 'react';
import { cleanName, MAX_NAME, PRESENCE_COLORS } from '../../doc/presence.ts';
import { suggestColor } from '../../store/identity.ts';
import { answerIdentity } from '../../store/teamShare.ts';
import { useTeamDialog } from '../../store/teamDialog.ts';
import { useModalDialog } from '../useModalDialog.ts';

const COLOR_NAMES: Record<string, string> = {
  '#d9480f': 'Orange',
  '#5f3dc4': 'Violet',
  '#0b7285': 'Teal',
  '#c2255c': 'Raspberry',
  '#2b8a3e': 'Green',
  '#1864ab': 'Blue',
  '#e67700': 'Amber',
  '#862e9c': 'Grape',
};

/** The name and color a person shows in team rooms: asked once, changeable from Share with team. */
export function IdentityDialog() {
  const asking = useTeamDialog((s) => Boolean(s.askingIdentity));
  const { ref } = useModalDialog(asking, () => answerIdentity(undefined));
  return (
    <dialog ref={ref} className="dialog identity-dialog" aria-labelledby="identity-title">
      {asking && <IdentityForm />}
    </dialog>
  );
}

function IdentityForm() {
  const draft = useTeamDialog((s) => s.identityDraft);
  const [name, setName] = useState(draft?.name ?? '');
  const [color, setColor] = useState(draft?.color ?? suggestColor);
  const clean = cleanName(name);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (clean) answerIdentity({ name: clean, color });
      }}
    >
      <h2 id="identity-title">How your team sees you</h2>
      <p className="muted">Your name and color mark your pointer and what you select, for everyone in the room. Kept in this browser.</p>
      <label className="team-field">
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={MAX_NAME} autoFocus required placeholder="e.g. Ada Lovelace" />
      </label>
      <fieldset className="team-colors">
        <legend>Color</legend>
        {PRESENCE_COLORS.map((c) => (
          <label key={c} className="team-swatch" style={{ background: c }} title={COLOR_NAMES[c]}>
            <input type="radio" name="color" value={c} checked={color === c} onChange={() => setColor(c)} aria-label={COLOR_NAMES[c]} />
          </label>
        ))}
      </fieldset>
      <div className="dialog-actions">
        <button type="submit" className="primary" disabled={!clean}>
          Continue
        </button>
        <button type="button" onClick={() => answerIdentity(undefined)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
