// The checklist and the plan diff as Markdown: task-list boxes to tick, commands in fenced code
// blocks labelled with their shell, and what the user still has to fill in under each command.
import { nameOf } from '../rules/words.ts';
import { codeBlock, codeSpan, markdownText as md } from './markdownText.ts';
import type { Checklist, DeployStep, PlanDiff, ServerChange, ServerChangeKind } from './types.ts';

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? line : by + line))
    .join('\n');
}

/** One step as a list item; `marker` is `- [ ]` for checklists or `1.` for ordered diffs. */
export function stepToMarkdown(step: DeployStep, marker: string, serverName?: string): string {
  // CommonMark indents an item's content by its bullet or number only (`- [ ]` is 2, `10.` is 4).
  const pad = ' '.repeat((marker.split(' ')[0] ?? '').length + 1);
  const on = serverName && !step.title.includes(serverName) ? ` (on ${md(nameOf(serverName))})` : '';
  const lines = [`${marker} **${md(step.title)}**${on}`, indent(md(step.reason), pad)];
  if (step.details && step.details.length > 0) lines.push(step.details.map((d) => `${pad}- ${md(d)}`).join('\n'));
  if (step.command) lines.push(indent(codeBlock(step.command, step.shell ?? ''), pad));
  if (step.placeholders.length > 0) {
    const fills = step.placeholders.map((p) =>
      p.finding
        ? `${codeSpan(p.token)}: ${md(p.label)}, not printed until ${p.finding.rule} is fixed: ${md(p.finding.message)}`
        : `${codeSpan(p.token)}: ${md(p.label)}${p.field ? ` (plan field ${codeSpan(p.field)})` : ''}`,
    );
    lines.push(`${pad}Fill in: ${fills.join('; ')}`);
  }
  return lines.join('\n\n');
}

/** `names` maps server ids to computer names, so steps can say where they run. */
export function checklistToMarkdown(list: Checklist, names: ReadonlyMap<string, string> = new Map()): string {
  const out = [`# Deployment checklist: ${md(nameOf(list.planName))}`];
  if (list.sections.length === 0)
    out.push('Nothing to install: the plan has no Exchange 2007 server with a role.');
  for (const section of list.sections) {
    out.push(`## ${md(section.title)}`);
    for (const step of section.steps)
      out.push(
        stepToMarkdown(step, '- [ ]', step.serverId !== undefined ? names.get(step.serverId) : undefined),
      );
  }
  return out.join('\n\n') + '\n';
}

/** Overview labels of the change kinds, in the order an overview lists them. */
export const CHANGE_LABEL: Record<ServerChangeKind, string> = {
  build: 'Build',
  modify: 'Change in place (Setup.com from the installation media, or a readdress)',
  migrate: 'Setup cannot change in place',
  retire: 'Retire',
};

/** "Build: EX05, EX06" lines for the kinds present. */
export function diffOverview(diff: PlanDiff): string[] {
  return (Object.keys(CHANGE_LABEL) as ServerChangeKind[]).flatMap((kind) => {
    const names = diff.changes.filter((c) => c.kind === kind).map((c) => c.serverName);
    return names.length > 0 ? [`${CHANGE_LABEL[kind]}: ${names.join(', ')}`] : [];
  });
}

function changeToMarkdown(change: ServerChange, n: number): string {
  const steps = change.steps.map((s, i) => stepToMarkdown(s, `${i + 1}.`));
  return [`## ${n}. ${md(change.summary)}`, ...(steps.length > 0 ? steps : ['Nothing to run.'])].join('\n\n');
}

/** The changes in the order to carry them out (the order matters: an active node before its passive nodes). */
export function diffToMarkdown(diff: PlanDiff): string {
  const out = [`# From ${md(nameOf(diff.currentName))} to ${md(nameOf(diff.targetName))}`];
  if (diff.changes.length === 0) out.push('No changes: the target plan matches what is installed.');
  else
    out.push(
      diffOverview(diff)
        .map((line) => `- ${md(line)}`)
        .join('\n'),
    );
  out.push(...diff.changes.map((c, i) => changeToMarkdown(c, i + 1)));
  if (diff.unchanged.length > 0) out.push(`Unchanged: ${md(diff.unchanged.map(nameOf).join(', '))}.`);
  return out.join('\n\n') + '\n';
}
