// The five Exchange 2007 roles of a server as toggles, drawn like the canvas's role chips.
import { useId, type CSSProperties } from 'react';
import {
  addRole,
  PRODUCT_LABEL,
  removeRole,
  ROLE_ABBREVIATION,
  ROLE_LABEL,
  ROLES,
  type Role,
  type Server,
} from '../../model/index.ts';
import { edit } from '../../store/actions.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { RoleIcon } from '../../canvas/Icon.tsx';
import { ROLE_STYLE } from '../../theme/tokens.ts';
import { Section } from './fields.tsx';

const chipColors = (role: Role) =>
  ({
    '--role-color': ROLE_STYLE[role].color,
    '--role-tint': ROLE_STYLE[role].tint,
    '--role-ink': ROLE_STYLE[role].ink,
  }) as CSSProperties;

export function ServerRoles({ server }: { server: Server }) {
  const readOnly = usePlanStore((s) => s.readOnly);
  const noteId = useId();
  const legacy = server.product !== 'exchange2007';
  const toggle = (role: Role, on: boolean) =>
    edit((p) => (on ? addRole(p, server.id, role) : removeRole(p, server.id, role)));
  return (
    <Section title="Roles">
      {legacy && (
        <p id={noteId} className="insp-note">
          {PRODUCT_LABEL[server.product]} cannot host Exchange 2007 roles: an existing server keeps the
          functions of its own version. Add an Exchange 2007 server for the new roles
          {server.roles.length > 0 ? ', and untick the roles below' : ''}.
        </p>
      )}
      <fieldset className="insp-roles" aria-describedby={legacy ? noteId : undefined}>
        <legend className="insp-sr-only">Exchange 2007 roles</legend>
        {ROLES.map((role) => {
          const on = server.roles.includes(role);
          return (
            <label key={role} className={`insp-role${on ? ' on' : ''}`} style={chipColors(role)}>
              <input
                type="checkbox"
                checked={on}
                disabled={readOnly || (legacy && !on)}
                onChange={(e) => toggle(role, e.target.checked)}
              />
              <span className="insp-role-icon" aria-hidden="true">
                <RoleIcon role={role} size={12} color="#fff" />
              </span>
              <span className="insp-role-abbr" aria-hidden="true">
                {ROLE_ABBREVIATION[role]}
              </span>
              <span className="insp-role-name">{ROLE_LABEL[role]}</span>
            </label>
          );
        })}
      </fieldset>
    </Section>
  );
}
