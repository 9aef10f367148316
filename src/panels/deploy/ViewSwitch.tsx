// Design | Deploy | Compare plans: which view fills the main area. Radio-like buttons (aria-pressed).
import { useUi } from '../../app/uiState.ts';

type View = 'design' | 'deploy' | 'diff';

const VIEWS: { view: View; label: string; hint: string }[] = [
  { view: 'design', label: 'Design', hint: 'The diagram, checked live by the rules' },
  { view: 'deploy', label: 'Deploy', hint: 'The deployment checklist with its Setup.com commands' },
  { view: 'diff', label: 'Compare plans', hint: 'What to change to turn one plan into another' },
];

export function ViewSwitch() {
  const current = useUi((s) => s.view);
  return (
    <div className="view-switch" role="group" aria-label="View">
      {VIEWS.map(({ view, label, hint }) => (
        <button
          key={view}
          type="button"
          aria-pressed={current === view}
          title={hint}
          onClick={() => useUi.getState().set({ view })}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
