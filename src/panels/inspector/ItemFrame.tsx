// What every item's inspector shares: a header naming the item, its fields, its findings, a
// Delete button and, for sites and clusters, "Remove container, keep contents".
import type { ReactNode } from 'react';
import { deleteItems, removeContainersKeepingContents } from '../../store/deleteActions.ts';
import { useItemFindings } from '../../store/findings.ts';
import { usePlanStore } from '../../store/planStore.ts';
import { SeverityIcon } from '../../canvas/Icon.tsx';
import { Section } from './fields.tsx';

interface ItemFrameProps {
  id: string;
  icon: ReactNode;
  /** What the item is, e.g. "Server" or "Domain controller". */
  kind: string;
  title: string;
  children: ReactNode;
  /** A site or cluster: it can also be removed leaving its contents in place. */
  container?: boolean;
}

export function ItemFrame({ id, icon, kind, title, children, container }: ItemFrameProps) {
  const readOnly = usePlanStore((s) => s.readOnly);
  return (
    <>
      <InspectorHeader icon={icon} kind={kind} title={title} />
      {children}
      <ItemFindings id={id} />
      <div className="insp-actions">
        <button
          type="button"
          className="insp-button danger"
          disabled={readOnly}
          onClick={() => deleteItems([id])}
        >
          Delete {kind.toLowerCase()}
          {container ? ' and its contents' : ''}
        </button>
        {container && (
          <button type="button" className="insp-button" disabled={readOnly} onClick={() => removeContainersKeepingContents([id])}>
            Remove container, keep contents
          </button>
        )}
      </div>
    </>
  );
}

export function InspectorHeader({ icon, kind, title }: { icon: ReactNode; kind: string; title: string }) {
  return (
    <header className="insp-header">
      <span className="insp-header-icon" aria-hidden="true">
        {icon}
      </span>
      <div className="insp-header-text">
        <div className="insp-kind">{kind}</div>
        <h2 className="insp-title" tabIndex={-1}>
          {title}
        </h2>
      </div>
    </header>
  );
}

const SEVERITY_WORD = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

function ItemFindings({ id }: { id: string }) {
  const findings = useItemFindings(id);
  return (
    <Section title={findings.length ? `Findings (${findings.length})` : 'Findings'}>
      {findings.length === 0 ? (
        <p className="insp-empty">No findings for this item.</p>
      ) : (
        <ul className="insp-findings">
          {findings.map((f, i) => (
            <li key={`${f.rule}-${i}`} className={`insp-finding ${f.severity}`}>
              <SeverityIcon severity={f.severity} size={14} />
              <span>
                <span className="insp-sr-only">{SEVERITY_WORD[f.severity]}: </span>
                {f.message}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
