// "Print checklist": the checklist on A4 portrait pages through a #print-root beside the app (as
// the diagram's print does), with ticked steps marked, so it can go on a clipboard in the server room.
import { isolate } from '../../model/bidi.ts';
import { printDocument } from '../printDocument.ts';
import type { Checklist, DeployStep } from '../../deploy/index.ts';
import { today } from '../share/download.ts';
import { SHELL_LABEL } from './labels.ts';

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function stepNode(step: DeployStep, done: boolean, serverName: string | undefined): HTMLElement {
  const item = el('li', `pc-step${done ? ' done' : ''}`);
  const head = el('div', 'pc-head');
  head.append(el('span', 'pc-box'), el('strong', '', step.title));
  if (serverName && !step.title.includes(serverName)) head.append(el('span', 'pc-server', ` on ${isolate(serverName)}`));
  item.append(head, el('p', 'pc-reason', step.reason));
  if (step.details?.length) {
    const list = el('ul', 'pc-details');
    for (const d of step.details) list.append(el('li', '', d));
    item.append(list);
  }
  if (step.command) {
    const pre = el('pre', 'pc-command');
    pre.dataset.shell = step.shell ? SHELL_LABEL[step.shell] : '';
    pre.textContent = step.command;
    item.append(pre);
  }
  if (step.placeholders.length > 0)
    item.append(
      el(
        'p',
        'pc-fill',
        `Fill in: ${step.placeholders
          .map((p) => (p.finding ? `${p.token} (${p.label}, not printed until ${p.finding.rule} is fixed)` : `${p.token} (${p.label})`))
          .join('; ')}`,
      ),
    );
  return item;
}

export function printChecklist(list: Checklist, names: ReadonlyMap<string, string>, done: ReadonlySet<string>) {
  document.getElementById('print-root')?.remove();
  const root = el('div', 'print-checklist');
  const steps = list.sections.flatMap((s) => s.steps).filter((s) => s.kind !== 'fix-errors');
  const ticked = steps.filter((s) => done.has(s.id)).length;
  root.append(
    el('h1', '', `Deployment checklist: ${isolate(list.planName)}`),
    el('p', 'pc-meta', `${today()} · ${ticked} of ${steps.length} steps done`),
  );
  for (const section of list.sections) {
    const block = el('section', 'pc-section');
    block.append(el('h2', '', section.title));
    const items = el('ol', 'pc-steps');
    for (const step of section.steps)
      items.append(stepNode(step, done.has(step.id), step.serverId ? names.get(step.serverId) : undefined));
    block.append(items);
    root.append(block);
  }
  printDocument(root, '@page { size: A4 portrait; margin: 14mm 12mm; }');
}
