// Design | Deploy | Compare plans: which view fills the main area. Tabs (not buttons), with the
// arrow keys moving between them as ARIA's tabs pattern asks.
import { useRef, type KeyboardEvent } from 'react';
import { useUi } from '../../app/uiState.ts';
import { setView } from './navigate.ts';

const VIEWS: { view: Parameters<typeof setView>[0]; label: string; hint: string }[] = [
  { view: 'design', label: 'Design', hint: 'The diagram, checked live by the rules' },
  { view: 'deploy', label: 'Deploy', hint: 'The deployment checklist with its Setup.com commands' },
  { view: 'diff', label: 'Compare plans', hint: 'What to change to turn one plan into another' },
];

export function ViewSwitch() {
  const current = useUi((s) => s.view);
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent) => {
    const at = VIEWS.findIndex((v) => v.view === current);
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -at, End: VIEWS.length - 1 - at }[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const next = (at + step + VIEWS.length) % VIEWS.length;
    setView(VIEWS[next]!.view);
    list.current?.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className="view-switch" role="tablist" aria-label="View" ref={list} onKeyDown={onKeyDown}>
      {VIEWS.map(({ view, label, hint }) => (
        <button
          key={view}
          type="button"
          role="tab"
          aria-selected={current === view}
          tabIndex={current === view ? 0 : -1}
          title={hint}
          onClick={() => setView(view)}
        >
          {label}
        </button>
      ))}
    </div>
  );
}
