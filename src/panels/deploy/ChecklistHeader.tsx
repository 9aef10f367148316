// The checklist's title block: the plan, how far the deployment has got, export and print.
import { plural } from './labels.ts';

interface HeaderProps {
  planName: string;
  done: number;
  total: number;
  persisted: boolean;
  onExport: () => void;
  onPrint: () => void;
}

export function ChecklistHeader({ planName, done, total, persisted, onExport, onPrint }: HeaderProps) {
  const complete = total > 0 && done === total;
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <header className="deploy-header">
      <div className="deploy-heading">
        <p className="deploy-kicker">Deployment checklist</p>
        <h2 className="deploy-title">{planName}</h2>
      </div>
      <div className="deploy-actions">
        <button type="button" onClick={onExport} disabled={total === 0}>
          Export Markdown
        </button>
        <button type="button" onClick={onPrint} disabled={total === 0}>
          Print checklist
        </button>
      </div>
      <div className="deploy-progress">
        <span className="deploy-progress-text" id="deploy-progress-text">
          {complete ? `All ${plural(total, 'step')} done` : `${done} of ${plural(total, 'step')} done`}
        </span>
        <div
          className={`progress-bar${complete ? ' complete' : ''}`}
          role="progressbar"
          aria-labelledby="deploy-progress-text"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
        >
          <span style={{ width: `${percent}%` }} />
        </div>
        <span className="deploy-progress-note">
          {persisted ? 'Ticks are saved with this plan in this browser.' : 'Shared plan: ticks last until you leave the page.'}
        </span>
      </div>
    </header>
  );
}
