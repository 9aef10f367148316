import { memo } from 'react';
import type { Badge } from '../planToFlow.ts';
import { SeverityIcon } from '../Icon.tsx';

/** The corner badge: worst severity's icon and the count (never color alone). */
export const FindingBadge = memo(function FindingBadge({ badge }: { badge: Badge }) {
  const label = `${badge.count} ${badge.count === 1 ? 'finding' : 'findings'}, worst is ${badge.worst}`;
  return (
    <span className={`finding-badge sev-${badge.worst}`} title={label} aria-hidden="true">
      <SeverityIcon severity={badge.worst} size={11} />
      {badge.count}
    </span>
  );
});
