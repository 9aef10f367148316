import { isolate } from '../../model/bidi.ts';
import { useState, type KeyboardEvent } from 'react';
import { notify } from '../../store/session.ts';
import { useNodeId } from '@xyflow/react';
import { PLAN_NAME, useRenameRequest } from '../../store/renameRequest.ts';

/** A name that turns into a text box on double-click or F2; Enter keeps, Escape cancels. */
export function InlineName({
  name,
  onRename,
  check,
  className,
}: {
  name: string;
  onRename: (name: string) => void;
  check?: (name: string) => string | undefined;
  className?: string;
}) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  // Outside a canvas node this is the plan's title.
  const me = useNodeId() ?? PLAN_NAME;
  const asked = useRenameRequest((s) => (s.target === me ? s.nonce : 0));
  const [answered, setAnswered] = useState(asked);
  if (asked !== answered) {
    setAnswered(asked);
    if (asked) setDraft(name);
  }
  if (draft === undefined)
    return (
      <span className={className} onDoubleClick={() => setDraft(name)} title="Double-click or press F2 to rename">
        {name}
      </span>
    );
  const problem = check?.(draft.trim());
  // A refused name is said out loud, not dropped in silence; Escape alone cancels quietly.
  const commit = () => {
    const value = draft.trim();
    setDraft(undefined);
    if (value === name) return;
    if (problem) notify(`Not renamed to “${isolate(value)}”: ${problem}`, 'warning');
    else onRename(value);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Enter') commit();
    if (e.key === 'Escape') setDraft(undefined);
  };
  return (
    <span className="inline-name nodrag">
      <input
        autoFocus
        aria-label="Name"
        aria-invalid={problem ? true : undefined}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onFocus={(e) => e.target.select()}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
      {problem && <span className="inline-problem" role="alert">{problem}</span>}
    </span>
  );
}
