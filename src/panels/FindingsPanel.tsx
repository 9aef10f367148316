import { memo, useMemo, useState } from 'react';
import { ruleById } from '../rules/index.ts';
import { useQuickFixes } from '../app/later.tsx';
import type { Finding, Severity } from '../rules/types.ts';
import { applyQuickFix, select } from '../store/actions.ts';
import { useFindings } from '../store/findings.ts';
import { usePlanStore } from '../store/planStore.ts';
import { useView } from '../store/view.ts';
import { SeverityIcon } from '../canvas/Icon.tsx';
import { useUi } from '../app/uiState.ts';
import { toggleWhy, useWhyIsOpen } from './whyOpen.ts';

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: 'error', title: 'Errors' },
  { severity: 'warning', title: 'Warnings' },
  { severity: 'info', title: 'Notes' },
];
const PAGE = 100;

const findingKey = (f: Finding) => `${f.rule}:${f.subjects.join(',')}`;

const FindingRow = memo(function FindingRow({ finding }: { finding: Finding }) {
  const rule = ruleById(finding.rule);
  const readOnly = usePlanStore((s) => s.readOnly);
  const plan = usePlanStore((s) => s.plan);
  const planId = usePlanStore((s) => s.planId);
  const quickFixes = useQuickFixes();
  const fixes = useMemo(() => (readOnly || !quickFixes ? [] : quickFixes(plan, finding)), [plan, finding, readOnly, quickFixes]);
  const open = useWhyIsOpen(planId, findingKey(finding));
  // A finding about the plan itself (no item to show) opens the plan's own fields instead.
  const focus = () => {
    const ids = finding.subjects;
    if (ids.length === 0) {
      select([]);
      useUi.getState().set({ inspectorOpen: true });
      return;
    }
    select(ids);
    useView.getState().requestFocus(ids);
  };
  return (
    <li className={`finding sev-${finding.severity}`} data-rule={finding.rule}>
      <div className="finding-main">
        <SeverityIcon severity={finding.severity} size={15} />
        <button className="finding-text" onClick={focus} title={finding.subjects.length ? 'Show on the canvas' : "Show the plan's settings"}>
          <span className="finding-title">{rule?.title ?? finding.rule}</span>
          <span className="finding-message">
            {finding.more === undefined
              ? finding.message
              : `And ${finding.more.toLocaleString('en-US')} more like these, not listed one by one: click to show their ${finding.subjects.length.toLocaleString('en-US')} items on the canvas.`}
          </span>
        </button>
        <div className="finding-actions">
          {!readOnly &&
            fixes.map((fix) => (
              <button key={fix.label} className="fix" onClick={() => applyQuickFix(fix)}>
                {fix.label}
              </button>
            ))}
          <button className="ghost small" aria-expanded={open} onClick={() => toggleWhy(planId, findingKey(finding))}>
            Why?
          </button>
        </div>
      </div>
      {open && rule && (
        <div className="finding-why">
          <p>{rule.why}</p>
          <p>
            <strong>How to fix:</strong> {rule.fix}
          </p>
          <p className="finding-source">
            Rule <code>{rule.id}</code> · Source: {rule.source}
          </p>
        </div>
      )}
    </li>
  );
});

function Group({ severity, title, findings }: { severity: Severity; title: string; findings: Finding[] }) {
  const [shown, setShown] = useState(PAGE);
  if (findings.length === 0) return null;
  return (
    <section className="finding-group" aria-labelledby={`findings-${severity}`}>
      <h3 id={`findings-${severity}`}>
        <SeverityIcon severity={severity} size={13} /> {title} ({findings.reduce((n, f) => n + (f.more ?? 1), 0).toLocaleString('en-US')})
      </h3>
      <ul>
        {findings.slice(0, shown).map((f) => (
          <FindingRow key={findingKey(f)} finding={f} />
        ))}
      </ul>
      {findings.length > shown && (
        <button className="ghost" onClick={() => setShown(shown + PAGE)}>
          Show {Math.min(PAGE, findings.length - shown)} more of {findings.length - shown}
        </button>
      )}
    </section>
  );
}

/**
 * Notes only (nothing above info): one line naming them, so the diagram keeps the room; "Show"
 * opens the list as usual.
 */
function NotesSummary({ findings, onShow }: { findings: Finding[]; onShow: () => void }) {
  const titles = [...new Set(findings.map((f) => ruleById(f.rule)?.title ?? f.rule))];
  return (
    <div className="findings-summary">
      <SeverityIcon severity="info" size={14} />
      <span className="findings-summary-text">
        <strong>
          {findings.length} {findings.length === 1 ? 'note' : 'notes'}, no errors or warnings:
        </strong>{' '}
        {titles.join(' · ')}
      </span>
      <button className="ghost small" onClick={onShow}>
        Show notes
      </button>
    </div>
  );
}

/** Every finding of the open plan, grouped by severity; a click shows its items on the canvas. */
export function FindingsPanel() {
  const { all, counts } = useFindings();
  const open = useUi((s) => s.findingsOpen);
  const [notesShown, setNotesShown] = useState(false);
  if (!open) return null;
  const notesOnly = all.length > 0 && counts.error === 0 && counts.warning === 0;
  if (notesOnly && !notesShown)
    return (
      <aside className="findings-panel compact" aria-label="Findings">
        <NotesSummary findings={all} onShow={() => setNotesShown(true)} />
      </aside>
    );
  return (
    <aside className="findings-panel" aria-label="Findings">
      {notesOnly && (
        <button className="ghost small findings-collapse" onClick={() => setNotesShown(false)}>
          Hide notes
        </button>
      )}
      {all.length === 0 ? (
        <p className="findings-empty">No findings: this plan follows every rule the designer checks.</p>
      ) : (
        GROUPS.map((g) => <Group key={g.severity} {...g} findings={all.filter((f) => f.severity === g.severity)} />)
      )}
    </aside>
  );
}
