// Paper sizes an architect prints on, in the three units the exporters need: millimetres for the
// SVG's declared size, CSS pixels for the drawing (96 per inch), points for the PDF (72 per inch).

export type Paper = 'A4' | 'Letter';
export type Orientation = 'portrait' | 'landscape';

export interface PageSpec {
  paper: Paper;
  orientation: Orientation;
}

const PORTRAIT_MM: Record<Paper, [number, number]> = { A4: [210, 297], Letter: [215.9, 279.4] };
const MM_PER_INCH = 25.4;
/** White space around the drawing on paper: 10 mm, inside every printer's unprintable edge. */
export const PAGE_MARGIN_MM = 10;

export interface SheetSize {
  widthMm: number;
  heightMm: number;
  widthPx: number;
  heightPx: number;
  widthPt: number;
  heightPt: number;
  marginPx: number;
}

const px = (mm: number) => (mm / MM_PER_INCH) * 96;
const pt = (mm: number) => (mm / MM_PER_INCH) * 72;

export function sheetSize(spec: PageSpec): SheetSize {
  const [w, h] = PORTRAIT_MM[spec.paper];
  const [widthMm, heightMm] = spec.orientation === 'portrait' ? [w, h] : [h, w];
  return { widthMm, heightMm, widthPx: px(widthMm), heightPx: px(heightMm), widthPt: pt(widthMm), heightPt: pt(heightMm), marginPx: px(PAGE_MARGIN_MM) };
}

export const PAPERS: readonly Paper[] = ['A4', 'Letter'];
export const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape'];

/** PDF's largest page side (ISO 32000: 14,400 units, 200 inches); jsPDF clips a larger page. */
export const PDF_MAX_PAGE_PT = 14_400;

/**
 * The PDF page of an export: its sheet, or without one the drawing's own size (a CSS pixel is 3/4 of
 * a point), scaled down as a whole to fit PDF's largest page instead of losing what lies beyond it.
 */
export function pdfPageSize(doc: { width: number; height: number; sheet?: { widthPt: number; heightPt: number } }) {
  if (doc.sheet) return { widthPt: doc.sheet.widthPt, heightPt: doc.sheet.heightPt };
  const widthPt = doc.width * 0.75;
  const heightPt = doc.height * 0.75;
  const shrink = Math.min(1, PDF_MAX_PAGE_PT / Math.max(widthPt, heightPt));
  return { widthPt: widthPt * shrink, heightPt: heightPt * shrink };
}
