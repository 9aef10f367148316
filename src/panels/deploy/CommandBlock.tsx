// A command in a monospace block: placeholders marked so nobody runs them by mistake, and a Copy
// button (when the clipboard is refused, the text is selected for Ctrl+C instead).
import { useEffect, useRef, useState } from 'react';
import type { DeployStep } from '../../deploy/index.ts';
import { SHELL_LABEL } from './labels.ts';

type CopyState = 'idle' | 'copied' | 'select';

/** The command split into plain text and placeholder tokens, in order. */
function pieces(command: string, tokens: readonly string[]): { text: string; token: boolean }[] {
  const wanted = [...new Set(tokens)].filter(Boolean);
  if (wanted.length === 0) return [{ text: command, token: false }];
  const escaped = wanted.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const parts = command.split(new RegExp(`(${escaped.join('|')})`));
  return parts.filter((p) => p !== '').map((text) => ({ text, token: wanted.includes(text) }));
}

export function CommandBlock({ step, label }: { step: DeployStep; label: string }) {
  const code = useRef<HTMLElement>(null);
  const [state, setState] = useState<CopyState>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), state === 'copied' ? 1600 : 4000);
    return () => clearTimeout(timer);
  }, [state]);
  if (!step.command) return null;
  const command = step.command;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command);
      setState('copied');
    } catch {
      if (code.current) window.getSelection()?.selectAllChildren(code.current);
      setState('select');
    }
  };
  return (
    <div className="cmd">
      <div className="cmd-bar">
        <span className="cmd-shell">{step.shell ? SHELL_LABEL[step.shell] : 'Command'}</span>
        <span className="cmd-status" aria-live="polite">
          {state === 'select' && 'Selected: press Ctrl+C to copy'}
          {state === 'copied' && <span className="deploy-sr-only">Copied to the clipboard</span>}
        </span>
        {/* The step's title in hidden text, not aria-label: field lookups by label must not find copy buttons. */}
        <button type="button" className="cmd-copy" onClick={copy}>
          {state === 'copied' ? '✓ Copied' : 'Copy'}
          <span className="deploy-sr-only"> command: {label}</span>
        </button>
      </div>
      <pre className="cmd-text">
        <code ref={code}>
          {pieces(command, step.placeholders.map((p) => p.token)).map((p, i) =>
            p.token ? (
              <mark key={i} className="placeholder" title="Fill this in before running the command">
                {p.text}
              </mark>
            ) : (
              p.text
            ),
          )}
        </code>
      </pre>
    </div>
  );
}
