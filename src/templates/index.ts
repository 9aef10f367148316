// The starting points offered by the designer and `exchange-topology template`: Figures 1-3 of
// Microsoft's "Deploying Exchange 2007 Server Roles", and a blank plan. The plans live as JSON
// files (the format users save), and go through parsePlan like any other plan, so a template that
// drifts from the format fails loudly at start-up and in tests instead of opening half-broken.
import { emptyPlan } from '../model/edits.ts';
import { formatIssue, parsePlan } from '../model/parse.ts';
import type { Plan } from '../model/schema.ts';
import figure1 from './figure-1.json' with { type: 'json' };
import figure2 from './figure-2.json' with { type: 'json' };
import figure3 from './figure-3.json' with { type: 'json' };

export type TemplateId = 'figure-1' | 'figure-2' | 'figure-3' | 'empty';

export interface Template {
  id: TemplateId;
  title: string;
  description: string;
  plan: Plan;
}

/** A figure's title is its plan's name, so the picker and the opened plan always agree. */
function figure(id: TemplateId, json: unknown, description: string): Template {
  const result = parsePlan(json);
  if (!result.ok)
    throw new Error(`template ${id} is not a valid plan:\n${result.errors.map(formatIssue).join('\n')}`);
  return { id, title: result.plan.name, description, plan: result.plan };
}

export const TEMPLATES: readonly Template[] = [
  figure(
    'figure-1',
    figure1,
    'Mailbox, Client Access, Hub Transport and Unified Messaging on one computer in the Active Directory site; ' +
      'Edge Transport alone in the perimeter network, subscribed to the site.',
  ),
  figure(
    'figure-2',
    figure2,
    'Client Access, Hub Transport, Mailbox and Unified Messaging each on a separate computer in the Active Directory site; ' +
      'Edge Transport in the perimeter network.',
  ),
  figure(
    'figure-3',
    figure3,
    'Client Access, Hub Transport and Unified Messaging on their own computers; Mailbox as a two-node CCR clustered ' +
      'mailbox server with its file share witness on the Hub Transport server; Edge Transport in the perimeter network.',
  ),
  {
    id: 'empty',
    title: 'Empty plan',
    description: 'A blank canvas: add a site and servers from the palette.',
    plan: emptyPlan('Untitled plan'),
  },
];

export function templateById(id: string): Template | undefined {
  return TEMPLATES.find((t) => t.id === id);
}
