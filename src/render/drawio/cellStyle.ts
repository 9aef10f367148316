// draw.io's vocabulary for our scene: a part's box as an mxGraph style string, its text as an
// HTML label (names HTML-escaped here, the whole label XML-escaped by the caller), an icon as an
// SVG image cell, and a connector's line as an edge style.
import { iconSvg } from '../../theme/icons.ts';
import type { SceneEdge, ScenePart, TextRun } from '../scene/types.ts';

/** The font of every label: what the Visio export uses too (installed wherever draw.io runs). */
const FONT = 'Arial';

/** Text for an HTML label: markup characters become entities, line breaks become <br>. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\r?\n/g, '<br>');
}

function runHtml(r: TextRun): string {
  const css = [`font-size:${r.size}px`, `color:${r.color}`];
  if (r.bold) css.push('font-weight:bold');
  if (r.italic) css.push('font-style:italic');
  return `<span style="${css.join(';')}">${escapeHtml(r.text)}</span>`;
}

/** An HTML label: one line per paragraph. */
export function labelHtml(paragraphs: readonly TextRun[][] | undefined): string {
  if (!paragraphs) return '';
  return paragraphs.map((runs) => runs.map(runHtml).join('')).join('<br>');
}

function stroke(color: string | undefined, width: number | undefined, dash: string | undefined): string[] {
  if (!color) return ['strokeColor=none'];
  const out = [`strokeColor=${color}`, `strokeWidth=${width ?? 1}`];
  if (dash) out.push('dashed=1', `dashPattern=${dash}`, 'fixDash=1');
  return out;
}

/** The style of a part's box and text; `extra` adds flags such as container=1. */
export function partStyle(part: ScenePart, extra: string[] = []): string {
  const style = [
    part.radius ? `rounded=1;absoluteArcSize=1;arcSize=${part.radius * 2}` : 'rounded=0',
    `fillColor=${part.fill ?? 'none'}`,
    ...stroke(part.stroke, part.strokeWidth, part.dash),
    'html=1',
    'whiteSpace=wrap',
    `fontFamily=${FONT}`,
    `align=${part.align ?? 'left'}`,
    `verticalAlign=${part.valign ?? 'middle'}`,
    'spacing=0',
    `spacingLeft=${part.padX ?? 4}`,
    `spacingRight=${part.align === 'left' || part.align === undefined ? 4 : (part.padX ?? 4)}`,
    `spacingTop=${part.padTop ?? 0}`,
  ];
  if (part.fillOpacity !== undefined && part.fillOpacity < 1) style.push(`fillOpacity=${Math.round(part.fillOpacity * 100)}`);
  return [...style, ...extra].join(';') + ';';
}

/** An icon as an image cell: the theme's SVG in a data URI (draw.io's form: no ";base64"). */
export function iconStyle(part: ScenePart): string {
  const svg = iconSvg(part.icon!.name, part.width, part.icon!.color);
  return `shape=image;image=data:image/svg+xml,${btoa(svg)};imageAspect=0;aspect=fixed;`;
}

/** A line's look: what an edge and a legend sample share. */
export type LineLook = Pick<SceneEdge, 'color' | 'width' | 'dash' | 'arrow'> & { round?: boolean; label?: SceneEdge['label'] };

/** A connector's style: orthogonal like our routes, dashes and arrow from the theme, label on a white pill. */
export function edgeStyle(edge: LineLook): string {
  const style = [
    'edgeStyle=orthogonalEdgeStyle',
    'rounded=0',
    'html=1',
    `fontFamily=${FONT}`,
    ...stroke(edge.color, edge.width, edge.dash),
    edge.arrow ? 'endArrow=block;endFill=1;endSize=8' : 'endArrow=none',
    'startArrow=none',
  ];
  if (edge.round) style.push('strokeLinecap=round');
  if (edge.label) {
    style.push(
      'fontSize=10.5',
      `fontColor=${edge.label.color}`,
      `fontStyle=${edge.label.italic ? 2 : 0}`,
      'labelBackgroundColor=#ffffff',
      `labelBorderColor=${edge.label.border}`,
    );
  }
  return style.join(';') + ';';
}
