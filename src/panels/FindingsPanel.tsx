import { memo, useMemo, useRef, useState } from 'react';
import { ruleById } from '../rules/index.ts';
import { useQuickFixes } from '../app/later.tsx';
import type { Finding, QuickFix, Severity } from '../rules/types.ts';
import type { Plan } from '../model/index.ts';
import { formatCount } from '../model/limits.ts';
import { applyQuickFix, select } from '../store/actions.ts';
import { sameFindings, useFindings } from '../store/findings.ts';
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

const fixCache = new WeakMap<Plan, WeakMap<Finding, QuickFix[]>>();

/** The quick fixes of `finding` in `plan`, worked out once per plan. */
function fixesIn(find: (plan: Plan, finding: Finding) => QuickFix[], plan: Plan, finding: Finding): QuickFix[] {
  let byFinding = fixCache.get(plan);
  if (!byFinding) fixCache.set(plan, (byFinding = new WeakMap()));
  let fixes = byFinding.get(finding);
  if (!fixes) byFinding.set(finding, (fixes = find(plan, finding)));
  return fixes;
}

/**
 * The labels of the finding's quick fixes: a row redraws when they change, not on every edit of
 * the plan (a click takes the fix from the plan of that moment).
 */
function useFixLabels(finding: Finding, quickFixes: ((plan: Plan, finding: Finding) => QuickFix[]) | undefined): string[] {
  const labels = usePlanStore((s) =>
    s.readOnly || !quickFixes ? '' : fixesIn(quickFixes, s.plan, finding).map((f) => f.label).join('\u0000'),
  );
  return useMemo(() => (labels === '' ? [] : labels.split('\u0000')), [labels]);
}

function applyFix(quickFixes: ((plan: Plan, finding: Finding) => QuickFix[]) | undefined, finding: Finding, label: string) {
  const fix = quickFixes && fixesIn(quickFixes, usePlanStore.getState().plan, finding).find((f) => f.label === label);
  if (fix) applyQuickFix(fix);
}

const FindingRow = memo(function FindingRow({ finding }: { finding: Finding }) {
  const rule = ruleById(finding.rule);
  const readOnly = usePlanStore((s) => s.readOnly);
  const planId = usePlanStore((s) => s.planId);
  const quickFixes = useQuickFixes();
  const fixes = useFixLabels(finding, quickFixes);
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
              : `And ${formatCount(finding.more)} more like these, not listed one by one: click to show their ${formatCount(finding.subjects.length)} items on the canvas.`}
          </span>
        </button>
        <div className="finding-actions">
          {!readOnly &&
            fixes.map((label) => (
              <button key={label} className="fix" onClick={() => applyFix(quickFixes, finding, label)}>
                {label}
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

/** A severity's findings: redrawn only when its list changed (see useGroups). */
const Group = memo(function Group({ severity, title, findings }: { severity: Severity; title: string; findings: Finding[] }) {
  const [shown, setShown] = useState(PAGE);
  if (findings.length === 0) return null;
  return (
    <section className="finding-group" aria-labelledby={`findings-${severity}`}>
      <h3 id={`findings-${severity}`}>
        <SeverityIcon severity={severity} size={13} /> {title} ({formatCount(findings.reduce((n, f) => n + (f.more ?? 1), 0))})
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
});

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

/**
 * The findings of each severity. A group whose findings are the very objects it had (validation
 * keeps unchanged findings) keeps its list, so an edit or a drop redraws only the groups it changed.
 */
function useGroups(all: Finding[]): Record<Severity, Finding[]> {
  const last = useRef<Record<Severity, Finding[]> | undefined>(undefined);
  return useMemo(() => {
    const next = { error: [], warning: [], info: [] } as Record<Severity, Finding[]>;
    for (const f of all) next[f.severity].push(f);
    for (const g of GROUPS) if (sameFindings(last.current?.[g.severity], next[g.severity])) next[g.severity] = last.current![g.severity];
    last.current = next;
    return next;
  }, [all]);
}

/** Every finding of the open plan, grouped by severity; a click shows its items on the canvas. */
export function FindingsPanel() {
  const { all, counts } = useFindings();
  const open = useUi((s) => s.findingsOpen);
  const [notesShown, setNotesShown] = useState(false);
  const groups = useGroups(all);
  if (!open) return null;
  // No findings and notes only are one line of the same height: the canvas above keeps its size.
  if (all.length === 0)
    return (
      <aside className="findings-panel compact" aria-label="Findings">
        <p className="findings-summary findings-empty">No findings: this plan follows every rule the designer checks.</p>
      </aside>
    );
  const notesOnly = counts.error === 0 && counts.warning === 0;
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
      {GROUPS.map((g) => (
        <Group key={g.severity} {...g} findings={groups[g.severity]} />
      ))}
    </aside>
  );
}
