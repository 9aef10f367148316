// Export SVG, PNG, JSON, Visio and draw.io. The renderers and the embedded font load only when
// first used, so they cost nothing at start-up.
import { serializePlan, type Plan } from '../../model/index.ts';
import { findingsOf } from '../../store/findings.ts';
import { downloadBlob, fileBaseName, today } from './download.ts';

async function svgOf(plan: Plan): Promise<string> {
  const [{ renderSvg }, { browserFontCss }] = await Promise.all([import('../../render/svg.ts'), import('../../render/fontBrowser.ts')]);
  return renderSvg(plan, { findings: findingsOf(plan).all, date: today(), fontCss: browserFontCss });
}

export async function exportSvg(plan: Plan) {
  downloadBlob(`${fileBaseName(plan.name)}.svg`, new Blob([await svgOf(plan)], { type: 'image/svg+xml' }));
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

function svgSize(svg: string): { width: number; height: number } {
  const head = svg.slice(0, svg.indexOf('>', svg.indexOf('<svg')) + 1);
  const width = Number(/\swidth="([\d.]+)"/.exec(head)?.[1] ?? 0);
  const height = Number(/\sheight="([\d.]+)"/.exec(head)?.[1] ?? 0);
  return { width, height };
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('The browser could not draw the diagram.'));
    img.src = url;
  });
}

/** Rasterises the same SVG at 1x, 2x or 4x (clamped to the browser's canvas limits) with the plan embedded. */
export async function exportPng(plan: Plan, scale: 1 | 2 | 4): Promise<{ message?: string }> {
  const [svg, { rasterSize }, { embedPlanInPng }] = await Promise.all([svgOf(plan), import('../../render/rasterSize.ts'), import('../../share/embed.ts')]);
  const { width, height } = svgSize(svg);
  const size = rasterSize(width, height, scale);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
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
    downloadBlob(`${fileBaseName(plan.name)}${size.scale === 1 ? '' : `@${size.scale}x`}.png`, new Blob([png as BlobPart], { type: 'image/png' }));
    return size.message ? { message: size.message } : {};
  } finally {
    URL.revokeObjectURL(url);
  }
}
