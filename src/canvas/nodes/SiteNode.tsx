import { memo } from 'react';
import { sameCard } from './sameCard.ts';
import type { NodeProps } from '@xyflow/react';
import { SITE_KIND_SHORT, siteNameSaysKind } from '../../model/index.ts';
import { renameItem, renameRefusal } from '../../store/actions.ts';
import type { SiteNodeType } from '../planToFlow.ts';
import { FindingBadge } from './FindingBadge.tsx';
import { Handles } from './Handles.tsx';
import { InlineName } from './InlineName.tsx';
import { ItemIcon } from '../Icon.tsx';

export const SiteNode = memo(function SiteNode({ id, data, selected, isConnectable }: NodeProps<SiteNodeType>) {
  const { site, badge } = data;
  const perimeter = site.kind === 'perimeter';
  return (
    <>
      <div className={`site-box${perimeter ? ' perimeter' : ''}${badge ? ` outline-${badge.worst}` : ''}${selected ? ' selected' : ''}`}>
        <div className="site-tab" title="Drag to move the site">
          <ItemIcon name={perimeter ? 'perimeter' : 'site'} size={13} />
          <InlineName className="site-name" name={site.name} onRename={(n) => renameItem(id, n)} check={(n) => renameRefusal(id, n)} />
          {!siteNameSaysKind(site) && <span className="site-kind">{SITE_KIND_SHORT[site.kind]}</span>}
          {badge && <FindingBadge badge={badge} />}
        </div>
      </div>
      <Handles connectable={isConnectable} />
    </>
  );
}, sameCard);
