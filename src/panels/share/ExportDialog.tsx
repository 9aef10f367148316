import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { usePlanStore } from '../../store/planStore.ts';
import { notify } from '../../store/session.ts';
import { useModalDialog } from '../useModalDialog.ts';
import { exportedDocument, exportPdf, exportPng, exportSvg } from './exportFiles.ts';
import { choose, closeExportDialog, optionsFor, PNG_SCALES, useExportDialog, type ExportChoices } from './exportDialogState.ts';

interface Preview {
  url: string;
  scale: number;
  onPage: boolean;
}

/** Body text below this size on paper is hard to read: the dialog says so. */
const SMALL_PT = 6;

function Choice<T extends string | number>({ legend, name, value, options, onChange }: { legend: string; name: string; value: T; options: { value: T; label: string; disabled?: boolean }[]; onChange: (value: T) => void }) {
  return (
    <fieldset className="segmented">
      <legend>{legend}</legend>
      <div>
        {options.map((o) => (
          <label key={o.value} className={o.disabled ? 'disabled' : ''}>
            <input type="radio" name={name} checked={value === o.value} disabled={o.disabled} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Check({ checked, onChange, children }: { checked: boolean; onChange: (checked: boolean) => void; children: ReactNode }) {
  return (
    <label className="export-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} /> {children}
    </label>
  );
}

/** A live preview of the export, with how large the text comes out on paper. */
function usePreview(open: boolean, choices: ExportChoices, selection: readonly string[]): Preview | undefined {
  const plan = usePlanStore((s) => s.plan);
  const options = useMemo(() => optionsFor(choices, selection), [choices, selection]);
  const [preview, setPreview] = useState<Preview>();
  useEffect(() => {
    if (!open) return;
    let live = true;
    void exportedDocument(plan, options).then((doc) => {
      if (!live) return;
      const url = URL.createObjectURL(new Blob([doc.svg], { type: 'image/svg+xml' }));
      setPreview((old) => {
        if (old) URL.revokeObjectURL(old.url);
        return { url, scale: doc.scale, onPage: Boolean(doc.sheet) };
      });
    });
    return () => {
      live = false;
    };
  }, [open, plan, options]);
  return open ? preview : undefined;
}

/** File > Export…: what to draw, on what page, in which format; a preview shows the result. */
export function ExportDialog() {
  const open = useExportDialog((s) => s.open);
  const choices: ExportChoices = useExportDialog(useShallow(({ open: _open, ...rest }) => rest));
  const sites = usePlanStore((s) => s.plan.sites);
  const selection = usePlanStore((s) => s.selection);
  const { ref, close } = useModalDialog(open, closeExportDialog);
  const [busy, setBusy] = useState(false);
  const preview = usePreview(open, choices, selection);
  const textPt = preview?.onPage ? Math.round(11 * 0.75 * preview.scale * 10) / 10 : undefined;

  const run = async () => {
    const { plan, selection: chosen } = usePlanStore.getState();
    const options = optionsFor(choices, chosen);
    setBusy(true);
    try {
      const result = choices.format === 'svg' ? await exportSvg(plan, options) : choices.format === 'png' ? await exportPng(plan, choices.pngScale, options) : await exportPdf(plan, options);
      close();
      notify(result?.message ?? `Exported ${choices.format.toUpperCase()}.`, result?.message ? 'info' : 'success');
    } catch (e) {
      notify(`Export failed: ${(e as Error).message}`, 'error');
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={ref} className="dialog export-dialog" aria-labelledby="export-title">
      <h2 id="export-title">Export</h2>
      <div className="export-body">
        <div className="export-options">
          <Choice legend="Format" name="export-format" value={choices.format} onChange={(format) => choose({ format })} options={[{ value: 'pdf', label: 'PDF' }, { value: 'svg', label: 'SVG' }, { value: 'png', label: 'PNG' }]} />
          {choices.format === 'png' && <Choice legend="PNG scale" name="export-scale" value={choices.pngScale} onChange={(pngScale) => choose({ pngScale })} options={PNG_SCALES.map((s) => ({ value: s, label: `${s}x` }))} />}
          <Choice
            legend="Content"
            name="export-scope"
            value={choices.scope}
            onChange={(scope) => choose({ scope, siteId: scope === 'site' && !choices.siteId ? (sites.find((s) => s.kind === 'ad-site') ?? sites[0])?.id ?? '' : choices.siteId })}
            options={[
              { value: 'plan', label: 'Whole plan' },
              { value: 'selection', label: selection.length ? `Selection (${selection.length})` : 'Selection', disabled: selection.length === 0 },
              { value: 'site', label: 'One site', disabled: sites.length === 0 },
            ]}
          />
          {choices.scope === 'site' && (
            <label className="export-field">
              Site
              <select aria-label="Site to export" value={choices.siteId} onChange={(e) => choose({ siteId: e.target.value })}>
                {sites.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <Choice legend="Page" name="export-paper" value={choices.paper} onChange={(paper) => choose({ paper })} options={[{ value: 'A4', label: 'A4' }, { value: 'Letter', label: 'Letter' }, { value: 'drawing', label: 'Drawing size' }]} />
          {choices.paper !== 'drawing' && <Choice legend="Orientation" name="export-orientation" value={choices.orientation} onChange={(orientation) => choose({ orientation })} options={[{ value: 'portrait', label: 'Portrait' }, { value: 'landscape', label: 'Landscape' }]} />}
          <fieldset className="export-checks">
            <legend>Show</legend>
            <Check checked={choices.findings} onChange={(findings) => choose({ findings })}>Finding badges and counts</Check>
            <Check checked={choices.titleBlock} onChange={(titleBlock) => choose({ titleBlock })}>Title block and legend</Check>
            <Check checked={choices.dark} onChange={(dark) => choose({ dark })}>Dark background</Check>
          </fieldset>
        </div>
        <figure className="export-preview">
          {preview ? <img src={preview.url} alt="Preview of the export" /> : <span className="muted">Drawing the preview…</span>}
          <figcaption>
            {textPt === undefined
              ? 'At the drawing’s own size: 1 px on the canvas at 100% is 1 px in the file.'
              : `Fitted to the page at ${Math.round(preview!.scale * 100)}%: body text prints at ${textPt} pt.`}
            {textPt !== undefined && textPt < SMALL_PT && <strong className="export-small"> Small on paper: try landscape, or export one site.</strong>}
          </figcaption>
        </figure>
      </div>
      <div className="dialog-actions">
        <button onClick={close}>Cancel</button>
        <button className="primary" onClick={() => void run()} disabled={busy} aria-busy={busy}>
          {busy ? 'Exporting…' : `Export ${choices.format.toUpperCase()}`}
        </button>
      </div>
    </dialog>
  );
}
