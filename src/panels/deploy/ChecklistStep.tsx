// One deployment step: a tick box (checklist) or its number (comparison), where it runs, why,
// what to install or check, the command to copy, and what to fill in first.
import { memo, useId } from 'react';
import type { DeployStep, Placeholder } from '../../deploy/index.ts';
import { SeverityIcon } from '../../canvas/Icon.tsx';
import { usePlanStore } from '../../store/planStore.ts';
import { CommandBlock } from './CommandBlock.tsx';
import { fillIn } from './navigate.ts';
import { ServerTag, type ServerSummary } from './ServerTag.tsx';

interface StepProps {
  step: DeployStep;
  server?: ServerSummary | undefined;
  /** A checklist step: ticked or not. Absent: a numbered step of a comparison. */
  tick?: { done: boolean; onChange: (done: boolean) => void };
  number?: number;
  /** The inspector's narrow form: no reason, no server tag. */
  compact?: boolean;
  /** Whether "Fill in" can open the field (the placeholder belongs to the open plan). */
  fillable?: boolean;
  /** The item the inspector shows: its own fields need no "Fill in" button. */
  inspecting?: string;
}

/** A step whose props did not change is not drawn again (the inspector's steps keep their objects). */
export const ChecklistStep = memo(function ChecklistStep({ step, server, tick, number, compact, fillable = true, inspecting }: StepProps) {
  const id = useId();
  const done = tick?.done ?? false;
  return (
    <li className={`step${done ? ' done' : ''}${compact ? ' compact' : ''}`} data-step={step.id}>
      <div className="step-head">
        {tick ? (
          <input id={id} type="checkbox" className="step-check" checked={done} onChange={(e) => tick.onChange(e.target.checked)} />
        ) : number !== undefined ? (
          <span className="step-number" aria-hidden="true">
            {number}
          </span>
        ) : null}
        {tick ? (
          <label htmlFor={id} className="step-title">
            {step.title}
          </label>
        ) : (
          <span className="step-title">{step.title}</span>
        )}
        {server && !compact && <ServerTag server={server} />}
      </div>
      <div className="step-body">
        {!compact && <p className="step-reason">{step.reason}</p>}
        {step.details && step.details.length > 0 && <Details items={step.details} folded={compact === true && step.details.length > 3} />}
        <CommandBlock step={step} label={step.title} />
        {step.placeholders.length > 0 && <FillIns placeholders={step.placeholders} fillable={fillable} inspecting={inspecting} />}
      </div>
    </li>
  );
});

function FillIns({ placeholders, fillable, inspecting }: { placeholders: Placeholder[]; fillable: boolean; inspecting: string | undefined }) {
  const readOnly = usePlanStore((s) => s.readOnly);
  return (
    <ul className="fill-ins" aria-label="Fill in before running">
      {placeholders.map((p) => (
        <li key={p.token} className={p.finding ? 'blocked' : undefined}>
          <SeverityIcon severity={p.finding ? 'error' : 'warning'} size={13} />
          <mark className="placeholder">{p.token}</mark>
          {p.finding ? (
            <span className="fill-label">
              Not printed: the plan's {p.label} has an error. <span className="fill-finding">{p.finding.message}</span>
            </span>
          ) : (
            <span className="fill-label">{p.field ? p.label : `${p.label}: replace it in the command`}</span>
          )}
          {p.field && fillable && !readOnly && (inspecting === undefined || p.itemId !== inspecting) && (
            <button type="button" className="small fill-button" onClick={() => fillIn(p)}>
              {p.finding ? 'Fix' : 'Fill in'}
              <span className="deploy-sr-only"> {p.label}</span>
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** A step's list; in the narrow inspector a long one (prerequisites) opens on demand. */
function Details({ items, folded }: { items: string[]; folded: boolean }) {
  const list = (
    <ul className="step-details">
      {items.map((d) => (
        <li key={d}>{d}</li>
      ))}
    </ul>
  );
  if (!folded) return list;
  return (
    <details className="step-more">
      <summary>{items.length} items</summary>
      {list}
    </details>
  );
}
