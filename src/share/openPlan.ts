// Opening a plan from a link or a file, start to end: read, check every item (parsePlan), run
// the rules. Pure, so the browser runs it in a Web Worker (a plan of thousands of servers never
// freezes the tab) and tests run it in Node; each stage is reported as it starts.
import type { Plan } from '../model/schema.ts';
import { validate } from '../rules/validate.ts';
import type { Finding } from '../rules/types.ts';
import { readPlanFile } from './embed.ts';
import { decodePlanLink } from './link.ts';
import type { PlanSize } from './progress.ts';

export type PlanSource = { kind: 'link'; url: string } | { kind: 'file'; name: string; bytes: Uint8Array };

export type OpenStage =
  | { stage: 'reading' }
  | { stage: 'checking'; size: PlanSize }
  | { stage: 'validating'; size: PlanSize };

export type OpenedPlan = { ok: true; plan: Plan; findings: Finding[] } | { ok: false; message: string };

/** What the plan worker posts back: each stage as it starts, then the result. */
export type PlanWorkerMessage = { type: 'stage'; stage: OpenStage } | { type: 'done'; result: OpenedPlan };

export function openPlanSource(source: PlanSource, report: (stage: OpenStage) => void = () => {}): OpenedPlan {
  report({ stage: 'reading' });
  let size: PlanSize = { servers: 0, items: 0 };
  const checking = (known: PlanSize) => {
    size = known;
    report({ stage: 'checking', size });
  };
  const result =
    source.kind === 'link' ? decodePlanLink(source.url, checking) : readPlanFile(source.name, source.bytes, checking);
  if (!result.ok) return result;
  report({ stage: 'validating', size });
  return { ok: true, plan: result.plan, findings: validate(result.plan) };
}
