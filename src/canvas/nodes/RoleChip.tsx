import { memo, type DragEvent } from 'react';
import { ROLE_ABBREVIATION, ROLE_LABEL, type Role } from '../../model/index.ts';
import { ROLE_STYLE } from '../../theme/tokens.ts';
import { RoleIcon } from '../Icon.tsx';
import { dragging, ROLE_MIME } from '../dnd.ts';

/** A role on a server card: icon, abbreviation and name; dragged to move the role elsewhere. */
export const RoleChip = memo(function RoleChip({ role, serverId, draggable }: { role: Role; serverId?: string; draggable?: boolean }) {
  const style = ROLE_STYLE[role];
  const onDragStart = (e: DragEvent) => {
    if (!serverId) return;
    e.dataTransfer.setData(ROLE_MIME, JSON.stringify({ serverId, role }));
    e.dataTransfer.effectAllowed = 'move';
    e.stopPropagation();
    dragging.start({ kind: 'role', role, from: serverId });
  };
  return (
    <div
      className={`role-chip${draggable ? ' nodrag' : ''}`}
      style={{ background: style.tint, color: style.ink, borderColor: style.color }}
      draggable={draggable}
      onDragStart={draggable ? onDragStart : undefined}
      onDragEnd={draggable ? dragging.end : undefined}
      data-role={role}
      title={draggable ? `${ROLE_LABEL[role]}: drag to another server to move it` : ROLE_LABEL[role]}
    >
      <span className="role-icon" style={{ background: style.color }}>
        <RoleIcon role={role} size={12} color="#fff" />
      </span>
      <span className="role-abbr">{ROLE_ABBREVIATION[role]}</span>
      <span className="role-name">{ROLE_LABEL[role]}</span>
    </div>
  );
});
