// A vector PDF made from the export's SVG: svg2pdf.js turns the SVG into PDF drawing operators on a
// jsPDF page, text stays text (selectable and searchable) in the embedded Inter font. Both libraries
// are imported here only, and this module only by dynamic import: they load when a PDF is made.
// svg2pdf.js is imported by path: its package's main entry is a UMD build Node cannot load.
import { encodeBase64url } from '../share/base64url.ts';

/** Inter as TrueType (see woff.ts), regular and semibold, as the SVG uses them. */
export interface PdfFonts {
  regular: Uint8Array;
  semibold: Uint8Array;
}

export interface PdfRequest {
  /** The document, drawn for this page (exportDocument with a page), without embedded web fonts. */
  svg: string;
  widthPt: number;
  heightPt: number;
  title: string;
  fonts: PdfFonts;
  /** Parses SVG markup into an element: the browser's DOMParser, or a DOM for Node (cli/pdfDom.ts). */
  parseSvg: (svg: string) => Element;
}

const base64 = (bytes: Uint8Array) => {
  const url = encodeBase64url(bytes).replace(/-/g, '+').replace(/_/g, '/');
  return url + '='.repeat((4 - (url.length % 4)) % 4);
};

export async function svgToPdf(request: PdfRequest): Promise<Uint8Array> {
  const [{ jsPDF }, { svg2pdf }] = await Promise.all([import('jspdf'), import('svg2pdf.js/dist/svg2pdf.es.min.js')]);
  const { widthPt, heightPt } = request;
  const pdf = new jsPDF({
    unit: 'pt',
    format: [widthPt, heightPt],
    orientation: widthPt > heightPt ? 'landscape' : 'portrait',
    compress: true,
    // Only the fonts the drawing uses: no unembedded standard fonts listed in the file.
    putOnlyUsedFonts: true,
  });
  pdf.addFileToVFS('Inter-Regular.ttf', base64(request.fonts.regular));
  pdf.addFileToVFS('Inter-SemiBold.ttf', base64(request.fonts.semibold));
  // svg2pdf asks for "normal" or weight+style ("600normal"); Inter has no italic, so the
  // witness labels' italic is drawn upright rather than in a font that is not embedded.
  pdf.addFont('Inter-Regular.ttf', 'Inter', 'normal');
  pdf.addFont('Inter-Regular.ttf', 'Inter', 'italic');
  pdf.addFont('Inter-SemiBold.ttf', 'Inter', 'normal', 600);
  pdf.addFont('Inter-SemiBold.ttf', 'Inter', 'italic', 600);
  pdf.addFont('Inter-SemiBold.ttf', 'Inter', 'bold');
  pdf.setFont('Inter', 'normal');
  pdf.setProperties({ title: request.title, creator: 'Exchange Topology Designer', subject: 'Exchange Server 2007 topology' });
  await svg2pdf(request.parseSvg(request.svg), pdf, { x: 0, y: 0, width: widthPt, height: heightPt });
  return new Uint8Array(pdf.output('arraybuffer'));
}
