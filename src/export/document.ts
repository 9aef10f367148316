// One export, from options to a finished SVG document: the part of the plan asked for, arranged for
// the page when there is one, drawn by the one renderer. SVG, PNG and PDF are all made from it.
import type { Plan } from '../model/schema.ts';
import type { Finding } from '../rules/types.ts';
import { diagramArea, type PageFrame } from '../render/pageFrame.ts';
import { renderDocument, type RenderedDocument, type RenderOptions } from '../render/svg.ts';
import { titleBlockSvg } from '../render/titleBlock.ts';
import { arrangeForPage } from './pageLayout.ts';
import { sheetSize, type Orientation, type PageSpec, type Paper, type SheetSize } from './paper.ts';
import { findingsInScope, planForScope, type ExportScope } from './scope.ts';

export interface ExportOptions {
  scope: ExportScope;
  /** Finding badges on the items and the counts in the title block. */
  findings: boolean;
  /** The title block: name, organization, date, counts and legend. */
  titleBlock: boolean;
  /** A sheet to fit the drawing to, or undefined for the drawing's own size. */
  page: PageSpec | undefined;
  theme: 'light' | 'dark';
}

export const DEFAULT_EXPORT: ExportOptions = { scope: { kind: 'plan' }, findings: true, titleBlock: true, page: undefined, theme: 'light' };

/** What the caller knows that the pure core does not: the findings, today's date, the font. */
export interface ExportInputs {
  findings: readonly Finding[];
  date?: string;
  fontCss?: string;
}

export interface ExportedDocument extends RenderedDocument {
  /** The sheet, when the drawing was fitted to one. */
  sheet?: SheetSize;
}

function frameOf(sheet: SheetSize): PageFrame {
  return {
    width: sheet.widthPx,
    height: sheet.heightPx,
    margin: sheet.marginPx,
    widthAttr: `${sheet.widthMm}mm`,
    heightAttr: `${sheet.heightMm}mm`,
  };
}

/** The plan to draw and the renderer's options, before the SVG is written. */
function prepare(plan: Plan, options: ExportOptions, inputs: ExportInputs) {
  const scoped = planForScope(plan, options.scope);
  const findings = options.findings ? findingsInScope(inputs.findings, scoped) : undefined;
  const render: RenderOptions = {
    findings,
    date: inputs.date,
    fontCss: inputs.fontCss,
    title: options.titleBlock,
    theme: options.theme,
    metadataPlan: plan,
  };
  if (!options.page) return { drawn: scoped.plan, render, sheet: undefined };
  const sheet = sheetSize(options.page);
  const frame = frameOf(sheet);
  const titleHeight = options.titleBlock ? titleBlockSvg(scoped.plan, frame.width - 2 * frame.margin, { findings, date: inputs.date }).height : 0;
  const area = diagramArea(frame, titleHeight);
  return { drawn: arrangeForPage(scoped.plan, area), render: { ...render, page: frame }, sheet };
}

export function exportDocument(plan: Plan, options: ExportOptions, inputs: ExportInputs): ExportedDocument {
  const { drawn, render, sheet } = prepare(plan, options, inputs);
  return { ...renderDocument(drawn, render), ...(sheet ? { sheet } : {}) };
}

/** The orientation of `paper` that draws this export largest (portrait when they tie). */
export function bestOrientation(plan: Plan, paper: Paper, options: ExportOptions, inputs: ExportInputs): Orientation {
  const scaleFor = (orientation: Orientation) => {
    const { drawn, render } = prepare(plan, { ...options, page: { paper, orientation } }, inputs);
    return renderDocument(drawn, render).scale;
  };
  return scaleFor('landscape') > scaleFor('portrait') * 1.02 ? 'landscape' : 'portrait';
}

/** The body text's size on paper, in points, when the diagram is drawn at `scale` (11 px at 1:1). */
export const printedTextPt = (scale: number) => Math.round(11 * 0.75 * scale * 10) / 10;
