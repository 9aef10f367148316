import { useModalDialog } from '../useModalDialog.ts';
import { useState } from 'react';
import { usePlanStore } from '../../store/planStore.ts';
import { closeShareDialog, useShare } from './shareState.ts';
import { exportJson } from './exportFiles.ts';

/** The share link with its length; long links warn and offer the plan file instead. */
export function ShareDialog() {
  const url = useShare((s) => s.url);
  const warning = useShare((s) => s.warning);
  const [copied, setCopied] = useState(false);
  const { ref, close } = useModalDialog(Boolean(url), () => {
    setCopied(false);
    closeShareDialog();
  });
  const copy = async () => {
    if (!url) return;
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      const field = ref.current?.querySelector('textarea');
      field?.select();
    }
  };
  return (
    <dialog ref={ref} className="dialog share-dialog" aria-labelledby="share-title">
      <h2 id="share-title">Share this plan by link</h2>
      <p className="muted">
        The whole plan travels inside the link, after the <code>#</code>: no server ever receives it. Whoever opens it sees the plan and can open a copy to edit.
      </p>
      <textarea readOnly aria-label="Share link" value={url ?? ''} rows={4} onFocus={(e) => e.target.select()} />
      <p className="share-length">{url ? `${url.length.toLocaleString('en-US')} characters` : ''}</p>
      {warning && (
        <p className="share-warning" role="alert">
          {warning}{' '}
          <button className="small" onClick={() => exportJson(usePlanStore.getState().plan)}>
            Download the plan file instead
          </button>
        </p>
      )}
      <div className="dialog-actions">
        <button className="primary" onClick={copy}>
          {copied ? 'Copied' : 'Copy link'}
        </button>
        <button onClick={close}>Close</button>
      </div>
    </dialog>
  );
}
