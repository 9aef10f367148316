// The theme's icons as React SVG: the same path data the SVG export draws.
import { memo } from 'react';
import type { Role } from '../model/index.ts';
import type { Severity } from '../rules/types.ts';
import { ICON_STROKE_WIDTH, ICONS, type IconName } from '../theme/icons.ts';
import { SEVERITY_COLOR } from '../theme/tokens.ts';

export const ItemIcon = memo(function ItemIcon({ name, size = 16, color = 'currentColor' }: { name: IconName; size?: number; color?: string }) {
  const icon = ICONS[name];
  return (
    <svg width={size} height={size} viewBox={icon.viewBox} aria-hidden="true" focusable="false" className="icon">
      {icon.paths.map((p, i) =>
        p.fill ? (
          <path key={i} d={p.d} fill={color} />
        ) : (
          <path key={i} d={p.d} fill="none" stroke={color} strokeWidth={ICON_STROKE_WIDTH} strokeLinecap="round" strokeLinejoin="round" />
        ),
      )}
    </svg>
  );
});

export const RoleIcon = ({ role, size, color }: { role: Role; size?: number; color?: string }) => (
  <ItemIcon name={role} size={size} color={color} />
);

export const SeverityIcon = ({ severity, size = 14 }: { severity: Severity; size?: number }) => (
  <ItemIcon name={severity} size={size} color={SEVERITY_COLOR[severity]} />
);
