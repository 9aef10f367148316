// `exchange-topology render FILE [-o out.svg|out.pdf|out.vsdx|out.drawio]`: the designer's own
// exports from the command line, with the export dialog's options: the SVG (Inter embedded,
// findings badged) or vector PDF, fitted to a page when asked, or the Visio and draw.io drawings.
import { DEFAULT_EXPORT, exportDocument, printedTextPt, type ExportOptions } from '../../export/document.ts';
import { ORIENTATIONS, PAPERS, pdfPageSize, type Orientation, type Paper } from '../../export/paper.ts';
import { renderDrawio } from '../../render/drawio/drawio.ts';
import { nodeFontCss } from '../../render/fontNode.ts';
import { renderVsdx } from '../../render/vsdx/vsdx.ts';
import { validate, countBySeverity } from '../../rules/index.ts';
import type { Plan } from '../../model/schema.ts';
import { readPlanFile } from '../../share/embed.ts';
import type { ParsedArgs } from '../args.ts';
import { defineCommand, EXIT, usageError } from '../command.ts';
import { nodePdf } from '../pdf.ts';
import { displayName, writeOutput } from '../plan-file.ts';
import type { CliIo } from '../types.ts';
import { RENDER_OPTIONS } from './renderOptions.ts';

/** A plan from plan JSON or an SVG, PNG, Visio or draw.io file we exported (FILE "-" is standard input); reports and returns undefined on failure. */
export function loadAnyPlan(io: CliIo, path: string): Plan | undefined {
  let bytes: Uint8Array;
  try {
    bytes = io.readBytes(path);
  } catch (e) {
    io.stderr(`${(e as Error).message}\n`);
    return undefined;
  }
  const result = readPlanFile(displayName(path), bytes);
  if (result.ok) return result.plan;
  io.stderr(`${result.message}\n`);
  return undefined;
}

const FORMATS = ['svg', 'pdf', 'vsdx', 'drawio'] as const;
type Format = (typeof FORMATS)[number];
const FORMAT_NAME: Record<'vsdx' | 'drawio', string> = { vsdx: 'Visio drawing', drawio: 'draw.io diagram' };

const text = (args: ParsedArgs, name: string) => (typeof args.options[name] === 'string' ? (args.options[name] as string) : undefined);
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]) => allowed.find((a) => a.toLowerCase() === value?.toLowerCase());

/** The format asked for with --format, else the output file's extension, else SVG. */
function outputFormat(option: string | undefined, output: string | undefined): string {
  if (option !== undefined) return option.toLowerCase();
  return output?.toLowerCase().match(/\.(svg|pdf|vsdx|drawio)$/)?.[1] ?? 'svg';
}

/** The export options the arguments ask for, or the problem with them. */
function exportOptions(plan: Plan, args: ParsedArgs): ExportOptions | string {
  const options: ExportOptions = { ...DEFAULT_EXPORT, findings: !args.options['no-findings'], titleBlock: !args.options['no-title'] };
  const site = text(args, 'site');
  if (site !== undefined) {
    const found = plan.sites.find((s) => s.id === site) ?? plan.sites.find((s) => s.name.toLowerCase() === site.toLowerCase());
    if (!found) return `no site "${site}" in the plan (sites: ${plan.sites.map((s) => s.name).join(', ') || 'none'})`;
    options.scope = { kind: 'site', siteId: found.id };
  }
  const paperText = text(args, 'page');
  const orientationText = text(args, 'orientation');
  const paper = oneOf<Paper>(paperText, PAPERS);
  const orientation = oneOf<Orientation>(orientationText, ORIENTATIONS);
  if (paperText !== undefined && !paper) return `--page takes ${PAPERS.join(' or ')}, not "${paperText}"`;
  if (orientationText !== undefined && !orientation) return `--orientation takes portrait or landscape, not "${orientationText}"`;
  if (orientation && !paper) return '--orientation needs --page';
  if (paper) options.page = { paper, orientation: orientation ?? 'portrait' };
  if (args.options.dark) options.theme = 'dark';
  return options;
}

export const renderCommand = defineCommand({
  name: 'render',
  summary: 'Draw a plan as an SVG diagram, a vector PDF, a Visio drawing (.vsdx) or a draw.io diagram',
  positionals: ['FILE'],
  options: RENDER_OPTIONS,
  description: [
    'Reads a plan (a plan JSON file, or an SVG, PNG, Visio or draw.io file exported by the',
    'designer; FILE "-" is standard input) and draws it exactly as the designer exports it:',
    'sites and the perimeter network, server cards with their roles, clusters, infrastructure',
    "and links, with each item's findings badged on it in the SVG and PDF. With --page the SVG or",
    "PDF is fitted to A4 or Letter: a copy of the layout is re-flowed to the page's shape (your",
    'plan is not changed). A PDF is vector, with selectable text in the embedded Inter font. A',
    '.vsdx output is a Visio drawing and a .drawio output a draw.io diagram, both editable, with',
    'containers, glued connectors and shape data. The plan is embedded in the SVG, Visio and',
    'draw.io files, so the designer can open them again for editing. PNG is made in the designer',
    '(File > Export…): Node has no SVG rasteriser without a native dependency.',
  ].join('\n'),
  examples: [
    'exchange-topology render plan.json -o plan.svg',
    'exchange-topology render plan.json --page A4 -o plan.pdf',
    'exchange-topology render plan.json --site "Head office" --page Letter --orientation landscape -o hq.pdf',
    'exchange-topology render plan.json -o plan.vsdx',
    'exchange-topology render plan.vsdx -o plan.drawio',
    'exchange-topology template 3 | exchange-topology render - -o figure3.svg',
  ],
  run: async (args, io) => {
    const file = args.positionals[0]!;
    const output = text(args, 'output');
    const format = outputFormat(text(args, 'format'), output);
    if (!(FORMATS as readonly string[]).includes(format)) {
      io.stderr(`render: unknown format "${format}"; use svg, pdf, vsdx or drawio\n`);
      return EXIT.usage;
    }
    const plan = loadAnyPlan(io, file);
    if (!plan) return EXIT.usage;
    const findings = validate(plan);
    const date = text(args, 'date') ?? new Date().toISOString().slice(0, 10);
    const counts = countBySeverity(findings);
    const tally = `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`;
    const written = output !== undefined && output !== '-';
    if (format === 'vsdx' || format === 'drawio') {
      const title = !args.options['no-title'];
      const data = format === 'vsdx' ? renderVsdx(plan, { date, title }) : renderDrawio(plan, { date, title });
      if (!writeOutput(io, output, data)) return EXIT.usage;
      if (written) io.stderr(`Wrote ${output} (${FORMAT_NAME[format]}; ${tally})\n`);
      return EXIT.ok;
    }
    const options = exportOptions(plan, args);
    if (typeof options === 'string') return usageError(io, 'render', options);
    let fontCss: string | undefined;
    if (format === 'svg' && !args.options['no-font']) {
      try {
        fontCss = nodeFontCss();
      } catch {
        io.stderr("render: the Inter font (@fontsource/inter) was not found; the SVG uses the viewer's fonts\n");
      }
    }
    const doc = exportDocument(plan, options, { findings, date, fontCss });
    const data: string | Uint8Array = (format as Format) === 'pdf' ? await nodePdf(doc.svg, pdfPageSize(doc), plan.name) : doc.svg;
    if (!writeOutput(io, output, data)) return EXIT.usage;
    if (written) {
      const page = doc.sheet ? `; ${options.page!.paper} ${options.page!.orientation}, text at ${printedTextPt(doc.scale)} pt` : '';
      io.stderr(`Wrote ${output} (${Math.round(doc.width)} x ${Math.round(doc.height)}${page}; ${tally})\n`);
    }
    return EXIT.ok;
  },
});
