import { memo } from 'react';
import { badgeWords, type Badge } from '../planToFlow.ts';
import { SeverityIcon } from '../Icon.tsx';

const ORDER = ['error', 'warning', 'info'] as const;

/** The corner badge: a count per severity, each with its icon (never color alone). */
export const FindingBadge = memo(function FindingBadge({ badge }: { badge: Badge }) {
  return (
    <span className={`finding-badge sev-${badge.worst}`} title={badgeWords(badge)} aria-hidden="true">
      {ORDER.filter((s) => badge.counts[s] > 0).map((s) => (
        <span key={s} className={`badge-count sev-${s}`} data-severity={s}>
          <SeverityIcon severity={s} size={12} />
          {badge.counts[s]}
        </span>
      ))}
    </span>
  );
});
