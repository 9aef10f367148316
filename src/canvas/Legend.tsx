// The legend on the canvas (View > Legend): role chips and the link kinds this plan draws, from
// the same list as the exports' legend (render/legend.ts), so screen and paper explain alike.
import { memo } from 'react';
import { Panel } from '@xyflow/react';
import { legendItems } from '../render/legend.ts';
import { usePlanStore } from '../store/planStore.ts';
import { ROLE_STYLE } from '../theme/tokens.ts';
import { RoleIcon } from './Icon.tsx';

export const Legend = memo(function Legend() {
  const plan = usePlanStore((s) => s.plan);
  return (
    <Panel position="top-right" className="canvas-legend" aria-label="Legend">
      <ul>
        {legendItems(plan).map((item) =>
          item.kind === 'role' ? (
            <li key={item.role} className="legend-role" data-role={item.role}>
              <span className="legend-swatch" style={{ background: ROLE_STYLE[item.role].color }}>
                <RoleIcon role={item.role} size={12} color="#fff" />
              </span>
              {item.text}
            </li>
          ) : (
            <li key={item.kind} className="legend-link" data-kind={item.kind}>
              <svg width="28" height="10" aria-hidden="true">
                <path
                  d="M1 5H24"
                  stroke={item.line.color}
                  strokeWidth={item.line.width}
                  strokeDasharray={item.line.dash || undefined}
                  strokeLinecap={item.kind === 'witness' ? 'round' : undefined}
                />
                {item.line.arrow && <path d="M20 1 27 5 20 9Z" fill={item.line.color} />}
              </svg>
              {item.text}
            </li>
          ),
        )}
      </ul>
    </Panel>
  );
});
