import { memo } from 'react';
import { sameCard } from './sameCard.ts';
import type { NodeProps } from '@xyflow/react';
import { renameItem, renameRefusal } from '../../store/actions.ts';
import type { ClusterNodeType } from '../planToFlow.ts';
import { FindingBadge } from './FindingBadge.tsx';
import { Handles } from './Handles.tsx';
import { InlineName } from './InlineName.tsx';
import { ItemIcon } from '../Icon.tsx';

export const ClusterNode = memo(function ClusterNode({ id, data, selected, isConnectable }: NodeProps<ClusterNodeType>) {
  const { cluster, badge, nodeCount } = data;
  return (
    <>
      <div className={`cluster-box${cluster.standby ? ' standby' : ''}${badge ? ` outline-${badge.worst}` : ''}${selected ? ' selected' : ''}`}>
        <div className="cluster-head" title={cluster.standby ? 'Standby cluster: an SCR target, recovered with /RecoverCMS after a site loss. Drag to move it.' : 'Drag to move the clustered mailbox server'}>
          <ItemIcon name="cluster" size={13} />
          {/* A standby cluster reads "Standby: CMS02, SCR target" (render/cluster.ts draws the same). */}
          {cluster.standby && <span className="cluster-standby">Standby:</span>}
          <InlineName className="cluster-name" name={cluster.name} onRename={(n) => renameItem(id, n)} check={(n) => renameRefusal(id, n)} />
          {cluster.standby && <span className="cluster-standby tail">, SCR target</span>}
          <span className={`cluster-type ${cluster.type.toLowerCase()}`}>{cluster.type}</span>
          <span className="cluster-count">{nodeCount} {nodeCount === 1 ? 'node' : 'nodes'}</span>
          {badge && <FindingBadge badge={badge} />}
        </div>
        {nodeCount === 0 && <div className="cluster-empty">Drag servers here to make them nodes</div>}
      </div>
      <Handles connectable={isConnectable} />
    </>
  );
}, sameCard);
