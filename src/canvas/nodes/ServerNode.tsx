import { memo } from 'react';
import { sameCard } from './sameCard.ts';
import type { NodeProps } from '@xyflow/react';
import { PRODUCT_LABEL } from '../../model/index.ts';
import { renameItem, renameRefusal } from '../../store/actions.ts';
import { serverSummary, type ServerNodeType } from '../planToFlow.ts';
import { FindingBadge } from './FindingBadge.tsx';
import { Handles } from './Handles.tsx';
import { InlineName } from './InlineName.tsx';
import { RoleChip } from './RoleChip.tsx';
import { ItemIcon } from '../Icon.tsx';
import { ROLE_ABBREVIATION } from '../../model/index.ts';
import { ROLE_STYLE } from '../../theme/tokens.ts';
import { useZoomedOut } from './useZoomedOut.ts';

export const ServerNode = memo(function ServerNode({ id, data, selected, isConnectable }: NodeProps<ServerNodeType>) {
  const { server, badge, clusterRole, witnessOf } = data;
  const legacy = server.product !== 'exchange2007';
  const simple = useZoomedOut();
  if (simple)
    return (
      <>
        <div className={`server-card simple${legacy ? ' legacy' : ''}${badge ? ` outline-${badge.worst}` : ''}${selected ? ' selected' : ''}`}>
          <div className="server-name">{server.name}</div>
          <div className="simple-roles">
            {server.roles.map((role) => (
              <span key={role} data-role={role} style={{ background: ROLE_STYLE[role].color }}>
                {ROLE_ABBREVIATION[role]}
              </span>
            ))}
          </div>
          {badge && <span className={`simple-badge sev-${badge.worst}`}>{badge.count}</span>}
        </div>
        <Handles connectable={isConnectable} />
      </>
    );
  return (
    <>
      <div className={`server-card${legacy ? ' legacy' : ''}${badge ? ` outline-${badge.worst}` : ''}${selected ? ' selected' : ''}`}>
        <div className="server-head">
          <ItemIcon name={legacy ? 'legacy' : 'server'} size={14} />
          <InlineName className="server-name" name={server.name} onRename={(n) => renameItem(id, n)} check={(n) => renameRefusal(id, n)} />
          {clusterRole && <span className={`node-role ${clusterRole}`}>{clusterRole}</span>}
        </div>
        <div className="server-sub">
          {legacy ? `${PRODUCT_LABEL[server.product]} · existing` : serverSummary(server)}
          {witnessOf && <span className="witness-tag" title={`Holds the file share witness of ${witnessOf}`}> · FSW</span>}
        </div>
        {server.roles.length > 0 ? (
          <div className="chips">
            {server.roles.map((role) => (
              <RoleChip key={role} role={role} serverId={id} draggable />
            ))}
          </div>
        ) : (
          <div className="chips-empty">{legacy ? 'No Exchange 2007 roles' : 'Drop a role here'}</div>
        )}
        {badge && <FindingBadge badge={badge} />}
      </div>
      <Handles connectable={isConnectable} />
    </>
  );
}, sameCard);
