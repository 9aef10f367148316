// The templates for the app, loaded when one is first opened: they are parsed plans, and neither
// their text nor their parsing is needed to show a stored plan (the CLI imports index.ts itself).
import type { Plan } from '../model/schema.ts';
import type { Template, TemplateId } from './index.ts';

export const templateLater = async (id: TemplateId): Promise<Template | undefined> => (await import('./index.ts')).templateById(id);

/** Figure 1, the plan a library with none left opens. */
export const firstPlanLater = async (): Promise<Plan> => (await templateLater('figure-1'))!.plan;
