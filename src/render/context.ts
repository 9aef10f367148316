// What every shape function needs: the plan, where its boxes are, and the findings per item.
import type { Plan } from '../model/schema.ts';
import type { ResolvedLayout } from '../theme/geometry.ts';
import { escapeXml } from './escape.ts';
import type { FindingSummary } from './findings.ts';
import { num } from './text.ts';

export interface RenderContext {
  plan: Plan;
  layout: ResolvedLayout;
  findings: Map<string, FindingSummary>;
  /** The active node of each cluster (its first node), by cluster id. */
  activeNode: Map<string, string>;
}

/** `<use>` of an icon symbol from the document's <defs> (see defs.ts), tinted with `color`. */
export function useIcon(name: string, x: number, y: number, size: number, color: string): string {
  return `<use href="#icon-${name}" x="${num(x)}" y="${num(y)}" width="${size}" height="${size}" color="${color}"/>`;
}

/** Opening tag of one item's group, positioned absolutely, carrying its id for tests and tooling. */
export function itemGroup(kind: string, id: string, x: number, y: number): string {
  return `<g class="${kind}" data-id="${escapeXml(id)}" transform="translate(${num(x)},${num(y)})">`;
}

/** A tooltip: the full name and any finding messages, shown by viewers on hover. */
export function tooltip(lines: Array<string | undefined>): string {
  const text = lines.filter((l) => l !== undefined && l !== '').join('\n');
  return text ? `<title>${escapeXml(text)}</title>` : '';
}
