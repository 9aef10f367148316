import { useRef } from 'react';
import { usePlanStore } from '../../store/planStore.ts';
import { notify } from '../../store/session.ts';
import { Menu } from '../Menu.tsx';
import { openExportDialog } from './exportDialogState.ts';
import { IMPORT_ACCEPT } from './importAccept.ts';
import { openShareDialog } from './shareState.ts';
import { partFailed } from '../../app/partFailed.ts';

const plan = () => usePlanStore.getState().plan;
/** The exporters, loaded on first use (none is needed to start). */
const files = () => import('./exportFiles.ts');
const printLater = async (paper: 'A4' | 'Letter') => (await import('./print.ts')).printPlan(plan(), paper);

async function run(what: string, task: () => Promise<unknown> | unknown) {
  try {
    const result = (await task()) as { message?: string } | undefined;
    if (result?.message) notify(result.message, 'info');
  } catch (e) {
    notify(`${what} failed: ${(e as Error).message}`, 'error');
  }
}

/** File: import, export (the Export… dialog, quick SVG, PNG, PDF, JSON, Visio, draw.io), share link, print. */
export function ExportMenu() {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Menu label="File">
        {(close) => {
          const item = (label: string, task: () => unknown) => (
            <button role="menuitem" onClick={() => { close(); void run(label, task); }}>
              {label}
            </button>
          );
          return (
            <>
              {item('Import plan file…', () => input.current?.click())}
              <div className="menu-sep" role="separator" />
              {item('Export…', () => openExportDialog())}
              {item('Export SVG', async () => (await files()).exportSvg(plan()))}
              {item('Export PNG (1x)', async () => (await files()).exportPng(plan(), 1))}
              {item('Export PNG (2x)', async () => (await files()).exportPng(plan(), 2))}
              {item('Export PNG (4x)', async () => (await files()).exportPng(plan(), 4))}
              {item('Export PDF (A4)', async () => (await files()).exportPdf(plan(), { page: { paper: 'A4', orientation: 'portrait' } }))}
              {item('Export plan JSON', async () => (await files()).exportJson(plan()))}
              {item('Export Visio (.vsdx)', async () => (await files()).exportVsdx(plan()))}
              {item('Export draw.io (.drawio)', async () => (await files()).exportDrawio(plan()))}
              <div className="menu-sep" role="separator" />
              {item('Copy share link…', openShareDialog)}
              <div className="menu-sep" role="separator" />
              {item('Print / save as PDF (A4)', () => printLater('A4'))}
              {item('Print / save as PDF (Letter)', () => printLater('Letter'))}
            </>
          );
        }}
      </Menu>
      <input
        ref={input}
        type="file"
        accept={IMPORT_ACCEPT}
        hidden
        aria-label="Plan file to import"
        data-testid="import-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void import('./importFile.ts').then(({ importFile }) => importFile(file)).catch(partFailed('Import'));
        }}
      />
    </>
  );
}
