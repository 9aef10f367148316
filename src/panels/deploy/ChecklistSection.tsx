// A headed part of the checklist (prerequisites, Active Directory, one site's installs) with its count.
import type { ChecklistSection as Section } from '../../deploy/index.ts';
import { ChecklistStep } from './ChecklistStep.tsx';
import type { Progress } from './progress.ts';
import type { ServerSummary } from './ServerTag.tsx';

interface SectionProps {
  section: Section;
  servers: ReadonlyMap<string, ServerSummary>;
  progress: Progress;
}

export function ChecklistSection({ section, servers, progress }: SectionProps) {
  const headingId = `deploy-section-${section.id.replace(/[^\w-]/g, '-')}`;
  const done = section.steps.filter((s) => progress.done.has(s.id)).length;
  const complete = section.steps.length > 0 && done === section.steps.length;
  return (
    <section className={`deploy-section${complete ? ' complete' : ''}`} aria-labelledby={headingId}>
      <h3 id={headingId} className="deploy-section-title">
        <span>{section.title}</span>
        <span className="deploy-section-count">
          {complete ? '✓ ' : ''}
          {done} of {section.steps.length}
        </span>
      </h3>
      {section.steps.length === 0 ? (
        <p className="deploy-section-empty">No steps here.</p>
      ) : (
        <ol className="steps">
          {section.steps.map((step) => (
            <ChecklistStep
              key={step.id}
              step={step}
              server={step.serverId !== undefined ? servers.get(step.serverId) : undefined}
              tick={{ done: progress.done.has(step.id), onChange: (on) => progress.toggle(step.id, on) }}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
