// The Deploy view: the open plan's deployment checklist as a document to work through, with
// progress kept per plan, errors first, copyable commands, Markdown export and print.
import { useMemo } from 'react';
import { setView } from './navigate.ts';
import { checklist, checklistSteps, checklistToMarkdown } from '../../deploy/index.ts';
import { useFindings } from '../../store/findings.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { downloadBlob, fileBaseName } from '../share/download.ts';
import { ChecklistHeader } from './ChecklistHeader.tsx';
import { ChecklistSection } from './ChecklistSection.tsx';
import { ErrorsCallout } from './ErrorsCallout.tsx';
import { printChecklist } from './printChecklist.ts';
import { useChecklistProgress } from './progress.ts';
import type { ServerSummary } from './ServerTag.tsx';

export function DeployView() {
  const planId = usePlanStore((s) => s.planId);
  const readOnly = usePlanStore((s) => s.readOnly);
  return <ChecklistDocument key={`${planId}:${readOnly}`} planId={planId} persist={!readOnly} />;
}

function ChecklistDocument({ planId, persist }: { planId: string; persist: boolean }) {
  const plan = usePlanStore((s) => s.plan);
  const findings = useFindings();
  const list = useMemo(() => checklist(plan, findings.all), [plan, findings]);
  const servers = useMemo(
    () => new Map<string, ServerSummary>(plan.servers.map((s) => [s.id, { id: s.id, name: s.name, roles: s.roles }])),
    [plan.servers],
  );
  const names = useMemo(() => new Map([...servers].map(([id, s]) => [id, s.name])), [servers]);
  const progress = useChecklistProgress(planId, persist);
  // The errors are the callout above the sections, not a step to tick.
  const steps = checklistSteps(list).filter((s) => s.kind !== 'fix-errors');
  const done = steps.filter((s) => progress.done.has(s.id)).length;
  const errors = findings.all.filter((f) => f.severity === 'error');
  const exportMarkdown = () =>
    downloadBlob(
      `${fileBaseName(plan.name)}-checklist.md`,
      new Blob([checklistToMarkdown(list, names)], { type: 'text/markdown;charset=utf-8' }),
    );
  return (
    <div className="deploy-view" role="region" aria-label="Deployment checklist">
      <article className="deploy-doc">
        <ChecklistHeader
          planName={plan.name}
          done={done}
          total={steps.length}
          persisted={persist}
          onExport={exportMarkdown}
          onPrint={() => printChecklist(list, names, progress.done)}
        />
        <ErrorsCallout errors={errors} />
        {steps.length === 0 ? (
          <EmptyChecklist />
        ) : (
          list.sections
            .filter((section) => section.id !== 'fix-errors')
            .map((section) => (
              <ChecklistSection key={section.id} section={section} servers={servers} progress={progress} />
            ))
        )}
      </article>
    </div>
  );
}

function EmptyChecklist() {
  return (
    <div className="deploy-empty">
      <p>Nothing to install yet: the plan has no Exchange 2007 server with a role.</p>
      <button type="button" onClick={() => setView('design')}>
        Go to the design and add a server
      </button>
    </div>
  );
}
