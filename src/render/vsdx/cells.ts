// The ShapeSheet as XML: Visio 2013+ stores every cell as <Cell N= V= [U=] [F=]/>, tabular sections
// as <Section N=><Row>, and measures in inches with y pointing up. Values are numbers we computed
// or text that passes through escapeXml, so nothing from the plan can break out of an attribute.
import { escapeXml } from '../escape.ts';
import type { TextRun } from '../scene/types.ts';

/** Our layout is in CSS pixels (96 per inch); Visio's internal unit is the inch. */
export const inch = (px: number) => px / 96;

/** A number as Visio writes it: plain decimal, at most 6 decimals, no exponent. */
export function vnum(value: number): string {
  const rounded = Math.round(value * 1e6) / 1e6;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

export function cell(name: string, value: number | string, options: { unit?: string; formula?: string } = {}): string {
  const v = typeof value === 'number' ? vnum(value) : escapeXml(value);
  return (
    `<Cell N='${name}' V='${v}'` +
    (options.unit ? ` U='${options.unit}'` : '') +
    (options.formula ? ` F='${escapeXml(options.formula)}'` : '') +
    '/>'
  );
}

/** A string-valued cell (shape data, user cells). */
export const stringCell = (name: string, value: string) => cell(name, value, { unit: 'STR' });

export function section(name: string, rows: string[], ix?: number): string {
  return `<Section N='${name}'${ix === undefined ? '' : ` IX='${ix}'`}>${rows.join('')}</Section>`;
}

export const namedRow = (name: string, cells: string[]) => `<Row N='${name}'>${cells.join('')}</Row>`;
export const indexedRow = (ix: number, cells: string[], type?: string) =>
  `<Row${type ? ` T='${type}'` : ''} IX='${ix}'>${cells.join('')}</Row>`;

/** Visio's line pattern for an SVG dash array from the theme: solid, dashed (long first dash) or dotted. */
export function linePattern(dash: string | undefined): number {
  if (!dash) return 1;
  return Number(dash.split(' ')[0]) >= 5 ? 2 : 3;
}

/**
 * The font of every text: Inter is seldom installed where Visio runs; Arial always is, and
 * LibreOffice draws it with metric-compatible Liberation Sans, so both wrap text alike.
 */
export const FONT = 'Arial';

const runKey = (r: TextRun) => `${r.size}|${r.color}|${r.bold ? 1 : 0}|${r.italic ? 1 : 0}`;

/**
 * Character rows, one per distinct run style, and the <Text> element with a <cp> marker before
 * each run (paragraphs end with a newline, as Visio writes them).
 */
export function textXml(paragraphs: readonly TextRun[][], align: 'left' | 'center' | 'right'): string {
  const styles: TextRun[] = [];
  const index = new Map<string, number>();
  let body = '';
  let last = -1;
  paragraphs.forEach((runs, p) => {
    runs.forEach((r, i) => {
      let ix = index.get(runKey(r));
      if (ix === undefined) {
        ix = styles.push(r) - 1;
        index.set(runKey(r), ix);
      }
      if (ix !== last) body += `<cp IX='${ix}'/>`;
      last = ix;
      body += escapeXml(r.text) + (i === runs.length - 1 && p < paragraphs.length - 1 ? '\n' : '');
    });
  });
  const characters = styles.map((r, ix) =>
    indexedRow(ix, [
      cell('Font', FONT),
      cell('Color', r.color),
      cell('Style', (r.bold ? 1 : 0) + (r.italic ? 2 : 0)),
      cell('Size', inch(r.size), { unit: 'PT' }),
    ]),
  );
  const horz = align === 'left' ? 0 : align === 'center' ? 1 : 2;
  return (
    section('Character', characters) +
    section('Paragraph', [indexedRow(0, [cell('HorzAlign', horz), cell('SpLine', -1.15)])]) +
    `<Text>${body}</Text>`
  );
}
