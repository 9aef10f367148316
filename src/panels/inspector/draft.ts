// The editing cycle of a text field: typing changes a local draft (checked on every keystroke);
// blur or Enter stores it when valid, as one undo step; Escape goes back to the stored value.
import { useEffect, useRef, useState, type ChangeEvent, type KeyboardEvent } from 'react';
import type { Parsed } from './checks.ts';

export interface DraftOptions<T> {
  /** The stored value, as the field shows it. */
  stored: string;
  parse: (text: string) => Parsed<T>;
  /** A parsed value as the field would show it, so a commit that changes nothing is skipped. */
  format: (value: T) => string;
  onCommit: (value: T) => void;
  /** Told when leaving the field refuses what was typed (the field then shows the stored value again). */
  onRefuse?: (text: string, problem: string) => void;
}

export interface Draft {
  text: string;
  /** Why the draft cannot be stored. */
  problem: string | undefined;
  onChange: (e: ChangeEvent<HTMLInputElement>) => void;
  onBlur: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLInputElement>) => void;
}

export function useDraft<T>({ stored, parse, format, onCommit, onRefuse }: DraftOptions<T>): Draft {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  const parsed = draft === undefined ? undefined : parse(draft);

  const commit = () => {
    if (!parsed?.ok) return;
    if (format(parsed.value) !== stored) onCommit(parsed.value);
    setDraft(undefined);
  };

  // Leaving a field with text that cannot be stored goes back to the plan's value, and says why.
  const leave = () => {
    if (draft !== undefined && parsed && !parsed.ok) {
      setDraft(undefined);
      onRefuse?.(draft, parsed.problem);
    } else commit();
  };

  // If the field goes away with a valid change pending (the selection moved first), keep the change.
  const pending = useRef<(() => void) | undefined>(undefined);
  useEffect(() => {
    pending.current = draft === undefined ? undefined : commit;
  });
  useEffect(() => () => pending.current?.(), []);

  return {
    text: draft ?? stored,
    problem: parsed && !parsed.ok ? parsed.problem : undefined,
    onChange: (e) => setDraft(e.target.value),
    onBlur: leave,
    onKeyDown: (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        commit();
      } else if (e.key === 'Escape' && draft !== undefined) {
        e.preventDefault();
        e.stopPropagation();
        setDraft(undefined);
      }
    },
  };
}
