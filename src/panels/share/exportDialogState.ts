// The export dialog's choices: kept while the app is open, so a second export starts from the last.
import { create } from 'zustand';
import type { ExportOptions } from '../../export/document.ts';
import type { Orientation, Paper } from '../../export/paper.ts';

export type ExportFormat = 'svg' | 'png' | 'pdf';

export interface ExportChoices {
  format: ExportFormat;
  scope: 'plan' | 'selection' | 'site';
  siteId: string;
  findings: boolean;
  titleBlock: boolean;
  paper: Paper | 'drawing';
  orientation: Orientation;
  pngScale: number;
  dark: boolean;
}

interface ExportDialogState extends ExportChoices {
  open: boolean;
}

export const PNG_SCALES = [1, 2, 3, 4] as const;

export const useExportDialog = create<ExportDialogState>()(() => ({
  open: false,
  format: 'pdf',
  scope: 'plan',
  siteId: '',
  findings: true,
  titleBlock: true,
  paper: 'A4',
  orientation: 'portrait',
  pngScale: 2,
  dark: false,
}));

export const openExportDialog = (format?: ExportFormat) => useExportDialog.setState({ open: true, ...(format ? { format } : {}) });
export const closeExportDialog = () => useExportDialog.setState({ open: false });
export const choose = (patch: Partial<ExportChoices>) => useExportDialog.setState(patch);

/** The pure core's options for these choices; the selection is read when the export is made. */
export function optionsFor(choices: ExportChoices, selection: readonly string[]): ExportOptions {
  const scope: ExportOptions['scope'] =
    choices.scope === 'selection' && selection.length > 0
      ? { kind: 'selection', ids: selection }
      : choices.scope === 'site' && choices.siteId
        ? { kind: 'site', siteId: choices.siteId }
        : { kind: 'plan' };
  return {
    scope,
    findings: choices.findings,
    titleBlock: choices.titleBlock,
    page: choices.paper === 'drawing' ? undefined : { paper: choices.paper, orientation: choices.orientation },
    theme: choices.dark ? 'dark' : 'light',
  };
}
