// Export SVG, PNG, PDF, JSON, Visio and draw.io from the browser. The export modules, the embedded
// font and the PDF libraries load only when first used, so they cost nothing at start-up.
import { serializePlan, type Plan } from '../../model/index.ts';
import type { ExportOptions } from '../../export/document.ts';
import { pdfPageSize } from '../../export/paper.ts';
import { findingsOf } from '../../store/findings.ts';
import { downloadBlob, fileBaseName, today } from './download.ts';

export type { ExportOptions };

/** The export as an SVG document (with the Inter font embedded unless `withFont` is false). */
export async function exportedDocument(plan: Plan, options?: Partial<ExportOptions>, withFont = true) {
  const [{ exportDocument, DEFAULT_EXPORT }, { browserFontCss }] = await Promise.all([
    import('../../export/document.ts'),
    import('../../render/fontBrowser.ts'),
  ]);
  const inputs = { findings: findingsOf(plan).all, date: today(), fontCss: withFont ? browserFontCss : undefined };
  return exportDocument(plan, { ...DEFAULT_EXPORT, ...options }, inputs);
}

/** "Contoso" + what and where: "Contoso-Head-office-A4-landscape". */
function fileName(plan: Plan, options: Partial<ExportOptions> | undefined): string {
  const scope = options?.scope;
  const part = scope?.kind === 'site' ? plan.sites.find((s) => s.id === scope.siteId)?.name : scope?.kind === 'selection' ? 'selection' : undefined;
  const page = options?.page ? `${options.page.paper}-${options.page.orientation}` : undefined;
  return fileBaseName([plan.name, part, page, options?.theme === 'dark' ? 'dark' : undefined].filter(Boolean).join(' '));
}

export async function exportSvg(plan: Plan, options?: Partial<ExportOptions>) {
  const doc = await exportedDocument(plan, options);
  downloadBlob(`${fileName(plan, options)}.svg`, new Blob([doc.svg], { type: 'image/svg+xml' }));
}

/** An editable Visio drawing (.vsdx) that opens here again as the same plan. */
export async function exportVsdx(plan: Plan) {
  const { renderVsdx } = await import('../../render/vsdx/vsdx.ts');
  const bytes = renderVsdx(plan, { date: today() });
  downloadBlob(`${fileBaseName(plan.name)}.vsdx`, new Blob([bytes as BlobPart], { type: 'application/vnd.ms-visio.drawing' }));
}

/** An editable draw.io diagram (uncompressed .drawio XML) that opens here again as the same plan. */
export async function exportDrawio(plan: Plan) {
  const { renderDrawio } = await import('../../render/drawio/drawio.ts');
  downloadBlob(`${fileBaseName(plan.name)}.drawio`, new Blob([renderDrawio(plan, { date: today() })], { type: 'application/xml' }));
}

export function exportJson(plan: Plan) {
  downloadBlob(`${fileBaseName(plan.name)}.json`, new Blob([serializePlan(plan)], { type: 'application/json' }));
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The browser could not draw the diagram.'));
    img.src = url;
  });
}

/** Rasterises the same SVG at any scale (clamped to the browser's canvas limits) with the plan embedded. */
export async function exportPng(plan: Plan, scale: number, options?: Partial<ExportOptions>): Promise<{ message?: string }> {
  const [doc, { rasterSize }, { embedPlanInPng }] = await Promise.all([exportedDocument(plan, options), import('../../render/rasterSize.ts'), import('../../share/embed.ts')]);
  const size = rasterSize(doc.width, doc.height, scale);
  const url = URL.createObjectURL(new Blob([doc.svg], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('The browser refused to create an image this large.');
    ctx.drawImage(img, 0, 0, size.width, size.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error('The browser refused to create an image this large; export SVG instead.');
    const png = embedPlanInPng(new Uint8Array(await blob.arrayBuffer()), serializePlan(plan, { compact: true }));
    downloadBlob(`${fileName(plan, options)}${size.scale === 1 ? '' : `@${Math.round(size.scale * 100) / 100}x`}.png`, new Blob([png as BlobPart], { type: 'image/png' }));
    return size.message ? { message: size.message } : {};
  } finally {
    URL.revokeObjectURL(url);
  }
}

async function interTrueType() {
  const [{ woffToTrueType }, regular, semibold] = await Promise.all([
    import('../../export/woff.ts'),
    import('@fontsource/inter/files/inter-latin-400-normal.woff?url'),
    import('@fontsource/inter/files/inter-latin-600-normal.woff?url'),
  ]);
  const load = async (url: string) => woffToTrueType(new Uint8Array(await (await fetch(url)).arrayBuffer()));
  const [r, s] = await Promise.all([load(regular.default), load(semibold.default)]);
  return { regular: r, semibold: s };
}

/** A vector PDF of the export; without a page, the page is the drawing's own size. */
export async function exportPdf(plan: Plan, options?: Partial<ExportOptions>) {
  const [doc, { svgToPdf }, fonts] = await Promise.all([exportedDocument(plan, options, false), import('../../export/pdf.ts'), interTrueType()]);
  const size = pdfPageSize(doc);
  const parseSvg = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const pdf = await svgToPdf({ svg: doc.svg, ...size, title: plan.name, fonts, parseSvg });
  downloadBlob(`${fileName(plan, options)}.pdf`, new Blob([pdf as BlobPart], { type: 'application/pdf' }));
}
