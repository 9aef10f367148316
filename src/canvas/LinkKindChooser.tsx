import { LINK_LABEL, type LinkKind } from '../model/index.ts';

const EXPLAIN: Partial<Record<LinkKind, string>> = {
  scr: 'Standby continuous replication: copy this mailbox server’s storage groups to the target (SP1 or later).',
  connection: 'A plain line for the drawing; no meaning to the rules.',
};

/** Asks what a drawn connection between two Mailbox servers should be. */
export function LinkKindChooser({ kinds, onChoose, onCancel }: { kinds: LinkKind[]; onChoose: (k: LinkKind) => void; onCancel: () => void }) {
  return (
    <div className="popover link-chooser" role="dialog" aria-label="Choose the kind of link" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3>What does this link mean?</h3>
      {kinds.map((kind, i) => (
        <button key={kind} autoFocus={i === 0} className="chooser-option" onClick={() => onChoose(kind)}>
          <strong>{LINK_LABEL[kind]}</strong>
          <span>{EXPLAIN[kind]}</span>
        </button>
      ))}
      <button className="ghost" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
