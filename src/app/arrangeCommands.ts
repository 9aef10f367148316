// Align and distribute the selection (Visio's and draw.io's Arrange menu), with draw.io's
// Alt+Shift shortcuts; each is one undo step. The selection is placed as asked and the items it
// would cover step aside (the layout settles with the selection as its anchors).
import type { Alignment, Axis } from '../layout/align.ts';

/** Aligning and distributing, loaded on first use (nothing of it is needed to start). */
const align = () => import('../layout/align.ts');
const failed = partFailed('Align and distribute');
import { edit } from '../store/actions.ts';
import { usePlanStore } from '../store/planStore.ts';
import type { Command } from './commands.ts';
import { partFailed } from './partFailed.ts';

const chosen = () => usePlanStore.getState().selection;
const altShift = (e: KeyboardEvent, code: string) => e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && e.code === code;

const ALIGN: [Alignment, string, string][] = [
  ['left', 'Align left edges', 'L'],
  ['center', 'Align centres', 'C'],
  ['right', 'Align right edges', 'R'],
  ['top', 'Align top edges', 'T'],
  ['middle', 'Align middles', 'M'],
  ['bottom', 'Align bottom edges', 'B'],
];

const DISTRIBUTE: [Axis, string, string][] = [
  ['horizontal', 'Distribute horizontally', 'H'],
  ['vertical', 'Distribute vertically', 'V'],
];

export const ARRANGE_COMMANDS: Command[] = [
  ...ALIGN.map(([how, label, letter]) => ({
    id: `align-${how}`,
    label,
    shortcut: `Alt+Shift+${letter}`,
    keyTest: (e: KeyboardEvent) => altShift(e, `Key${letter}`),
    perform: () => void align().then(({ alignItems }) => edit((p) => alignItems(p, chosen(), how), undefined, { anchors: chosen() })).catch(failed),
    minSelection: 2,
  })),
  ...DISTRIBUTE.map(([axis, label, letter]) => ({
    id: `distribute-${axis}`,
    label,
    shortcut: `Alt+Shift+${letter}`,
    keyTest: (e: KeyboardEvent) => altShift(e, `Key${letter}`),
    perform: () => void align().then(({ distributeItems }) => edit((p) => distributeItems(p, chosen(), axis), undefined, { anchors: chosen() })).catch(failed),
    minSelection: 3,
  })),
];
