// The binding for what the store does on top of the model edits: drops, drags, auto-layout and
// quick fixes each end in the document as one transaction and one undo step.
import { describe, it } from 'vitest';
import type { Plan } from '../model/index.ts';
import { arrange } from '../layout/arrange.ts';
import { placeNewItems } from '../layout/placeNew.ts';
import { quickFixes } from '../rules/fixes.ts';
import { validate } from '../rules/validate.ts';
import { templateById } from '../templates/index.ts';
import { checkBinding } from '../doc/testing/checkBinding.ts';
import { dropPaletteItem, dropRole, moveItem } from './drop.ts';

const START = templateById('figure-3')!.plan;
const hub = START.servers.find((s) => s.roles.includes('HubTransport') && !s.cluster)!.id;

/** What the store does on top of the model edits: drops, drags, auto-layout, quick fixes. */
const ACTIONS: Record<string, (p: Plan) => Plan> = {
  'drop a role on a server': (p) => dropPaletteItem(p, { kind: 'role', role: 'UnifiedMessaging' }, { x: 60, y: 120 }).plan,
  'drop a CCR cluster': (p) => dropPaletteItem(p, { kind: 'cluster', type: 'CCR' }, { x: 300, y: 300 }).plan,
  'drop a perimeter network': (p) => dropPaletteItem(p, { kind: 'site', siteKind: 'perimeter' }, { x: 3000, y: 0 }).plan,
  'drag a role chip away': (p) => dropRole(p, hub, 'HubTransport', { x: 5000, y: 5000 }).plan,
  'drag a server': (p) => moveItem(p, hub, { x: 3000, y: 3000 }),
  'auto-layout': (p) => arrange(p),
  'a quick fix': (p) => {
    const finding = validate(p).find((f) => quickFixes(p, f).length > 0)!;
    return placeNewItems(quickFixes(p, finding)[0]!.apply(p));
  },
};

describe('the binding, for the store’s actions', () => {
  for (const [name, edit] of Object.entries(ACTIONS)) it(name, () => checkBinding(START, edit));
});
