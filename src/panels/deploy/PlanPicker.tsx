// The two plan choosers of a comparison: what is installed, and what it should become.
import { useId } from 'react';
import type { PlanOption } from './planChoice.ts';

interface PickerProps {
  options: PlanOption[];
  current: string;
  target: string;
  onCurrent: (id: string) => void;
  onTarget: (id: string) => void;
  onSwap: () => void;
}

function PlanSelect({ label, hint, value, options, onChange }: { label: string; hint: string; value: string; options: PlanOption[]; onChange: (id: string) => void }) {
  const id = useId();
  return (
    <div className="plan-pick">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={`${id}-hint`}>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <span id={`${id}-hint`} className="plan-pick-hint">
        {hint}
      </span>
    </div>
  );
}

export function PlanPicker({ options, current, target, onCurrent, onTarget, onSwap }: PickerProps) {
  return (
    <div className="plan-picker">
      <PlanSelect label="Installed (current) plan" hint="What runs today" value={current} options={options} onChange={onCurrent} />
      <button type="button" className="plan-swap" onClick={onSwap} aria-label="Swap the two plans" title="Swap the two plans">
        ⇄
      </button>
      <PlanSelect label="Target plan" hint="What it should become" value={target} options={options} onChange={onTarget} />
    </div>
  );
}
