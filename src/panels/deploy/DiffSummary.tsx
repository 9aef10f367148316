// The comparison at a glance: how many servers to build, change, migrate and retire.
import type { PlanDiff, ServerChangeKind } from '../../deploy/index.ts';
import { CHANGE_KIND } from './labels.ts';

const KINDS: ServerChangeKind[] = ['build', 'modify', 'migrate', 'retire'];

export function DiffSummary({ diff }: { diff: PlanDiff }) {
  return (
    <div className="diff-summary">
      <dl className="diff-counts">
        {KINDS.map((kind) => {
          const names = diff.changes.filter((c) => c.kind === kind).map((c) => c.serverName);
          return (
            <div key={kind} className={`diff-count kind-${kind}${names.length === 0 ? ' zero' : ''}`} title={CHANGE_KIND[kind].hint}>
              <dt>{CHANGE_KIND[kind].plural}</dt>
              <dd>
                <span className="diff-count-n">{names.length}</span>
                {names.length > 0 && (
                  <span className="diff-count-names" title={names.join(', ')}>
                    {names.join(', ')}
                  </span>
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      {diff.unchanged.length > 0 && (
        <p className="diff-unchanged">
          <strong>Unchanged:</strong> {diff.unchanged.join(', ')}
        </p>
      )}
    </div>
  );
}
