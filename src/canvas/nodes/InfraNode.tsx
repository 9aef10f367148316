import { memo } from 'react';
import { sameCard } from './sameCard.ts';
import type { NodeProps } from '@xyflow/react';
import { infraCaption } from '../../model/index.ts';
import { renameItem, renameRefusal } from '../../store/actions.ts';
import { INFRA_COLOR } from '../../theme/tokens.ts';
import type { InfraNodeType } from '../planToFlow.ts';
import { FindingBadge } from './FindingBadge.tsx';
import { Handles } from './Handles.tsx';
import { InlineName } from './InlineName.tsx';
import { ItemIcon } from '../Icon.tsx';

export const InfraNode = memo(function InfraNode({ id, data, selected, isConnectable }: NodeProps<InfraNodeType>) {
  const { item, badge } = data;
  const detail = infraCaption(item);
  return (
    <>
      <div className={`infra-item${badge ? ` outline-${badge.worst}` : ''}${selected ? ' selected' : ''}`}>
        <ItemIcon name={item.kind} size={26} color={INFRA_COLOR[item.kind]} />
        <InlineName className="infra-name" name={item.name} onRename={(n) => renameItem(id, n)} check={(n) => renameRefusal(id, n)} />
        {detail && <span className="infra-detail">{detail}</span>}
        {badge && <FindingBadge badge={badge} />}
      </div>
      <Handles connectable={isConnectable} />
    </>
  );
}, sameCard);
