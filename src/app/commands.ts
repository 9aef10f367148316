// One registry of user commands (as in Excalidraw's actions): the top bar, the keyboard and the
// shortcuts dialog all run and describe the same objects.
import { emptyPlan, uniquePlanName } from '../model/index.ts';
import { copySelection, duplicateSelection, edit, paste } from '../store/actions.ts';
import { deleteSelection, removeContainersKeepingContents } from '../store/deleteActions.ts';
import { redo, undo, usePlanStore } from '../store/planStore.ts';
import { notify, openAsNewPlan, useSession, whenLibraryOpen } from '../store/session.ts';
import { partFailed } from './partFailed.ts';
import { useView } from '../store/view.ts';
import { templateLater } from '../templates/later.ts';
import { useUi } from './uiState.ts';
import { ARRANGE_COMMANDS } from './arrangeCommands.ts';
import { PLAN_NAME, requestRename } from '../store/renameRequest.ts';
import { openExportDialog } from '../panels/share/exportDialogState.ts';

export interface Command {
  id: string;
  label: string;
  /** How the shortcut is shown, e.g. "Ctrl+Z". */
  shortcut?: string;
  keyTest?: (e: KeyboardEvent) => boolean;
  perform: () => void;
  /** Whether it may run on a read-only (shared) plan. */
  readOnlySafe?: boolean;
  /** How many selected items it needs (menus show it disabled with fewer). */
  minSelection?: number;
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey;
const key = (e: KeyboardEvent, k: string) => e.key.toLowerCase() === k;

export type TemplateId = 'figure-1' | 'figure-2' | 'figure-3' | 'empty';

export async function openTemplate(id: TemplateId) {
  const template = await templateLater(id);
  const plan = template ? template.plan : emptyPlan();
  // A second copy of a template is "Figure 1 (2)", so the plans list tells them apart (the list is
  // read once the library is open: under a shared plan it opens after the first paint).
  await whenLibraryOpen();
  const name = uniquePlanName(plan.name, useSession.getState().entries.map((e) => e.name));
  await openAsNewPlan(name === plan.name ? plan : { ...plan, name });
  notify(`Opened ${template?.title ?? 'an empty plan'} as a new plan. Your other plans are unchanged.`, 'success');
}

export const COMMANDS: Command[] = [
  { id: 'undo', label: 'Undo', shortcut: 'Ctrl+Z', keyTest: (e) => mod(e) && !e.shiftKey && key(e, 'z'), perform: undo },
  {
    id: 'redo',
    label: 'Redo',
    shortcut: 'Ctrl+Shift+Z or Ctrl+Y',
    keyTest: (e) => mod(e) && ((e.shiftKey && key(e, 'z')) || key(e, 'y')),
    perform: redo,
  },
  {
    id: 'delete',
    label: 'Delete selection (a site or cluster with what it holds)',
    shortcut: 'Delete',
    keyTest: (e) => !e.shiftKey && (e.key === 'Delete' || e.key === 'Backspace'),
    perform: deleteSelection,
  },
  {
    id: 'remove-container',
    label: 'Remove container, keep contents',
    shortcut: 'Shift+Delete',
    keyTest: (e) => e.shiftKey && e.key === 'Delete',
    perform: () => removeContainersKeepingContents(),
  },
  {
    id: 'copy',
    label: 'Copy servers',
    shortcut: 'Ctrl+C',
    keyTest: (e) => mod(e) && key(e, 'c'),
    perform: () => {
      const n = copySelection();
      if (n) notify(`Copied ${n} ${n === 1 ? 'server' : 'servers'}`);
    },
    readOnlySafe: true,
  },
  { id: 'paste', label: 'Paste servers', shortcut: 'Ctrl+V', keyTest: (e) => mod(e) && key(e, 'v'), perform: paste },
  { id: 'duplicate', label: 'Duplicate servers', shortcut: 'Ctrl+D', keyTest: (e) => mod(e) && key(e, 'd'), perform: duplicateSelection },
  {
    id: 'select-all',
    label: 'Select everything',
    shortcut: 'Ctrl+A',
    keyTest: (e) => mod(e) && key(e, 'a'),
    perform: () => {
      const { plan } = usePlanStore.getState();
      usePlanStore.getState().select([...plan.sites, ...plan.clusters, ...plan.servers, ...plan.infrastructure].map((i) => i.id));
    },
    readOnlySafe: true,
  },
  { id: 'fit', label: 'Fit the plan in view', shortcut: 'Shift+1', keyTest: (e) => e.shiftKey && e.code === 'Digit1', perform: () => useView.getState().requestFit(), readOnlySafe: true },
  {
    id: 'arrange',
    label: 'Arrange the plan tidily',
    shortcut: 'Ctrl+Shift+L',
    keyTest: (e) => mod(e) && e.shiftKey && key(e, 'l'),
    // The arranger is loaded on first use: nothing of it is needed to start.
    perform: () =>
      void import('../layout/arrange.ts')
        .then(({ arrange }) => {
          edit(arrange);
          useView.getState().requestFit();
        })
        .catch(partFailed('Arrange')),
  },
  {
    id: 'find',
    label: 'Find a server or site',
    shortcut: 'Ctrl+F',
    keyTest: (e) => mod(e) && key(e, 'f'),
    perform: () => useUi.getState().set({ findOpen: true }),
    readOnlySafe: true,
  },
  {
    id: 'export',
    label: 'Export (PDF, SVG, PNG) with options',
    shortcut: 'Ctrl+Shift+E',
    keyTest: (e) => mod(e) && e.shiftKey && key(e, 'e'),
    perform: () => openExportDialog(),
    readOnlySafe: true,
  },
  {
    id: 'rename',
    label: 'Rename the selected item (or the plan)',
    shortcut: 'F2',
    keyTest: (e) => e.key === 'F2',
    perform: () => {
      const { selection, plan } = usePlanStore.getState();
      if (selection.length === 0) return requestRename(PLAN_NAME);
      if (selection.length === 1 && !plan.links.some((l) => l.id === selection[0])) requestRename(selection[0]!);
    },
  },
  { id: 'deselect', label: 'Clear the selection', shortcut: 'Escape', keyTest: (e) => e.key === 'Escape', perform: () => usePlanStore.getState().select([]), readOnlySafe: true },
  ...ARRANGE_COMMANDS,
  { id: 'shortcuts', label: 'Keyboard shortcuts', shortcut: '?', keyTest: (e) => e.key === '?', perform: () => useUi.getState().set({ shortcutsOpen: true }), readOnlySafe: true },
];

/** Runs the command a key press means, unless the user is typing in a field or is in a dialog or menu. */
export function handleShortcut(e: KeyboardEvent): boolean {
  const target = e.target as HTMLElement | null;
  if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return false;
  if (target?.closest?.('dialog[open], [role="menu"]')) return false;
  const command = COMMANDS.find((c) => c.keyTest?.(e));
  if (!command) return false;
  if (usePlanStore.getState().readOnly && !command.readOnlySafe) return false;
  if (command.minSelection && usePlanStore.getState().selection.length < command.minSelection) return false;
  e.preventDefault();
  command.perform();
  return true;
}

export const commandById = (id: string) => COMMANDS.find((c) => c.id === id)!;
