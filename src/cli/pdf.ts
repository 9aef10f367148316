// PDF on the command line: Inter from @fontsource/inter (as TrueType), the SVG DOM from pdfDom.ts,
// and the same svgToPdf the browser runs.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { svgToPdf } from '../export/pdf.ts';
import { woffToTrueType } from '../export/woff.ts';
import { withSvgDom } from './pdfDom.ts';

function interTrueType(weight: 400 | 600): Uint8Array {
  const require = createRequire(import.meta.url);
  return woffToTrueType(readFileSync(require.resolve(`@fontsource/inter/files/inter-latin-${weight}-normal.woff`)));
}

export function nodePdf(svg: string, size: { widthPt: number; heightPt: number }, title: string): Promise<Uint8Array> {
  const fonts = { regular: interTrueType(400), semibold: interTrueType(600) };
  return withSvgDom((parseSvg) => svgToPdf({ svg, ...size, title, fonts, parseSvg }));
}
