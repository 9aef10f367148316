// Which computer a step runs on: its name and its roles' icons in their colors; clicking it
// selects the server so the inspector shows it.
import { isolate } from '../../model/bidi.ts';
import { ROLE_ABBREVIATION, ROLE_LABEL, type Role } from '../../model/index.ts';
import { ItemIcon, RoleIcon } from '../../canvas/Icon.tsx';
import { ROLE_STYLE } from '../../theme/tokens.ts';
import { select } from '../../store/actions.ts';

export interface ServerSummary {
  id: string;
  name: string;
  roles: readonly Role[];
}

export function RoleDots({ roles }: { roles: readonly Role[] }) {
  return (
    <span className="role-dots">
      {roles.map((role) => (
        <span key={role} className="role-dot" style={{ background: ROLE_STYLE[role].color }} title={ROLE_LABEL[role]}>
          <RoleIcon role={role} size={10} color="#fff" />
          <span className="deploy-sr-only">{ROLE_ABBREVIATION[role]}</span>
        </span>
      ))}
    </span>
  );
}

export function ServerTag({ server }: { server: ServerSummary }) {
  return (
    <button
      type="button"
      className="server-tag"
      onClick={() => select([server.id])}
      title={`Runs on ${isolate(server.name)}: show it in the inspector`}
    >
      <ItemIcon name="server" size={13} />
      <span className="server-tag-name">{server.name}</span>
      <RoleDots roles={server.roles} />
    </button>
  );
}

/** A role as a chip in its color, marked added (+) or removed (−) in a comparison. */
export function RoleChange({ role, change }: { role: Role; change: 'add' | 'remove' }) {
  const style = ROLE_STYLE[role];
  return (
    <span
      className={`role-change ${change}`}
      style={{ background: change === 'add' ? style.tint : '#fff', color: style.ink, borderColor: style.color }}
    >
      <span className="role-change-sign" aria-hidden="true">
        {change === 'add' ? '+' : '−'}
      </span>
      <span className="role-change-icon" style={{ background: style.color }}>
        <RoleIcon role={role} size={11} color="#fff" />
      </span>
      <span className="deploy-sr-only">{change === 'add' ? 'Add' : 'Remove'} </span>
      {ROLE_LABEL[role]}
    </span>
  );
}
