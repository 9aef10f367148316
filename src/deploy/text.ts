// The checklist and the plan diff as plain terminal text (the CLI's default output): the same
// content as the Markdown, without markup, with commands indented so they copy cleanly.
import { diffOverview } from './markdown.ts';
import type { Checklist, DeployStep, PlanDiff } from './types.ts';

const PAD = '      ';

function wrapLines(text: string, pad: string): string[] {
  return text.split('\n').map((line) => pad + line);
}

export function stepToText(step: DeployStep, marker: string, serverName?: string): string {
  const on = serverName && !step.title.includes(serverName) ? ` (on ${serverName})` : '';
  const lines = [`${marker} ${step.title}${on}`, ...wrapLines(step.reason, PAD)];
  for (const d of step.details ?? []) lines.push(`${PAD}- ${d}`);
  if (step.command) lines.push('', ...wrapLines(step.command, `${PAD}  `));
  if (step.command && step.placeholders.length > 0) lines.push('');
  for (const p of step.placeholders)
    lines.push(
      p.finding
        ? `${PAD}${p.token}: ${p.label}, not printed until ${p.finding.rule} is fixed: ${p.finding.message}`
        : `${PAD}Fill in ${p.token}: ${p.label}${p.field ? ` (plan field ${p.field})` : ''}`,
    );
  return lines.join('\n');
}

export function checklistToText(list: Checklist, names: ReadonlyMap<string, string> = new Map()): string {
  const out = [`Deployment checklist: ${list.planName}`];
  if (list.sections.length === 0)
    out.push('Nothing to install: the plan has no Exchange 2007 server with a role.');
  let n = 0;
  for (const section of list.sections) {
    out.push(`== ${section.title} ==`);
    for (const step of section.steps) {
      n += 1;
      out.push(
        stepToText(step, `[ ] ${n}.`, step.serverId !== undefined ? names.get(step.serverId) : undefined),
      );
    }
  }
  return out.join('\n\n') + '\n';
}

/** A list of steps alone, for one server's commands. */
export function stepsToText(title: string, steps: readonly DeployStep[]): string {
  return [title, ...steps.map((s, i) => stepToText(s, `${i + 1}.`))].join('\n\n') + '\n';
}

export function diffToText(diff: PlanDiff): string {
  const out = [`From ${diff.currentName} to ${diff.targetName}`];
  if (diff.changes.length === 0) out.push('No changes: the target plan matches what is installed.');
  else out.push(diffOverview(diff).join('\n'));
  diff.changes.forEach((change, i) => {
    out.push(`== ${i + 1}. ${change.summary} ==`);
    out.push(...change.steps.map((s, j) => stepToText(s, `${j + 1}.`)));
  });
  if (diff.unchanged.length > 0) out.push(`Unchanged: ${diff.unchanged.join(', ')}.`);
  return out.join('\n\n') + '\n';
}
