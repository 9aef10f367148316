// One server's change in a comparison: what kind, which roles come and go, why Setup cannot do it
// in place (for a migration), and the numbered steps with their commands.
import type { ServerChange } from '../../deploy/index.ts';
import { ChecklistStep } from './ChecklistStep.tsx';
import { CHANGE_KIND, REASON_LABEL } from './labels.ts';
import { RoleChange } from './ServerTag.tsx';

export function ChangeCard({ change, order, fillable }: { change: ServerChange; order: number; fillable: boolean }) {
  const kind = CHANGE_KIND[change.kind];
  const headingId = `change-${change.id.replace(/[^\w-]/g, '-')}`;
  const roles = change.kind === 'retire' ? [] : [
    ...change.addRoles.map((role) => ({ role, change: 'add' as const })),
    ...change.removeRoles.map((role) => ({ role, change: 'remove' as const })),
  ];
  return (
    <article className={`change-card kind-${change.kind}`} aria-labelledby={headingId} data-change={change.id}>
      <header className="change-head">
        <span className="change-order" aria-hidden="true">
          {order}
        </span>
        <span className={`change-badge kind-${change.kind}`}>{kind.label}</span>
        <h3 id={headingId} className="change-server">
          {change.serverName}
        </h3>
        <p className="change-summary">{change.summary}</p>
      </header>
      {roles.length > 0 && (
        <div className="change-roles" aria-label="Roles">
          {roles.map((r) => (
            <RoleChange key={`${r.change}:${r.role}`} role={r.role} change={r.change} />
          ))}
        </div>
      )}
      {change.reasons.length > 0 && (
        <div className="change-reasons">
          <span className="change-reason-tags">
            {change.reasons.map((r) => (
              <span key={r} className="reason-tag">
                {REASON_LABEL[r]}
              </span>
            ))}
          </span>
          <span className="change-reason-text">{kind.hint}</span>
        </div>
      )}
      {change.steps.length === 0 ? (
        <p className="change-nothing">Nothing to run.</p>
      ) : (
        <ol className="steps numbered">
          {change.steps.map((step, i) => (
            <ChecklistStep key={step.id} step={step} number={i + 1} fillable={fillable} />
          ))}
        </ol>
      )}
    </article>
  );
}
