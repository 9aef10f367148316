import { useState } from 'react';

/** A link to hand out: shown whole, selected on focus, and one button to copy it. */
export function CopyField({ label, hint, value }: { label: string; hint: string; value: string }) {
  const [copied, setCopied] = useState(false);
  const copy = async (field: HTMLInputElement | null) => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      field?.select();
    }
  };
  return (
    <div className="team-link">
      <label>
        <span>
          <strong>{label}</strong> <span className="muted">{hint}</span>
        </span>
        <input readOnly value={value} onFocus={(e) => e.target.select()} />
      </label>
      <button type="button" onClick={(e) => void copy(e.currentTarget.parentElement?.querySelector('input') ?? null)}>
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}
