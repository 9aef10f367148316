// `exchange-topology render FILE [-o out.svg|out.vsdx|out.drawio]`: the designer's own exports from
// the command line: the SVG (Inter embedded, findings badged), or the Visio and draw.io drawings.
import { renderDrawio } from '../../render/drawio/drawio.ts';
import { nodeFontCss } from '../../render/fontNode.ts';
import { renderSvg } from '../../render/svg.ts';
import { renderVsdx } from '../../render/vsdx/vsdx.ts';
import { validate, countBySeverity } from '../../rules/index.ts';
import type { Plan } from '../../model/schema.ts';
import { readPlanFile } from '../../share/embed.ts';
import { defineCommand, EXIT } from '../command.ts';
import { displayName, writeOutput } from '../plan-file.ts';
import type { CliIo } from '../types.ts';

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

const FORMATS = ['svg', 'vsdx', 'drawio'] as const;
type Format = (typeof FORMATS)[number];
const FORMAT_NAME: Record<Format, string> = { svg: 'SVG', vsdx: 'Visio drawing', drawio: 'draw.io diagram' };

/** The format asked for with --format, else the output file's extension, else SVG. */
function outputFormat(option: unknown, output: string | undefined): Format | string {
  if (typeof option === 'string') return option.toLowerCase();
  const ext = output?.toLowerCase().match(/\.(svg|vsdx|drawio)$/)?.[1];
  return (ext as Format | undefined) ?? 'svg';
}

export const renderCommand = defineCommand({
  name: 'render',
  summary: 'Draw a plan as an SVG diagram, a Visio drawing (.vsdx) or a draw.io diagram',
  positionals: ['FILE'],
  options: [
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      description: 'Write to FILE instead of standard output; .vsdx and .drawio choose those formats',
    },
    { name: 'format', value: 'svg|vsdx|drawio', description: 'The format, whatever the file name (default: from -o, else svg)' },
    { name: 'no-title', description: 'Leave out the title block (name, date, finding counts, legend)' },
    {
      name: 'no-font',
      description: 'Do not embed the Inter font (a smaller file; viewers fall back to their own font)',
    },
    {
      name: 'date',
      value: 'TEXT',
      description: 'The date shown in the title block (default: today, as YYYY-MM-DD)',
    },
  ],
  description: [
    'Reads a plan (a plan JSON file, or an SVG, PNG, Visio or draw.io file exported by the',
    'designer; FILE "-" is standard input) and draws it exactly as the designer exports it:',
    'sites and the perimeter network, server cards with their roles, clusters, infrastructure',
    "and links, with each item's findings badged on it in the SVG. A .vsdx output is a Visio",
    'drawing and a .drawio output a draw.io diagram, both editable, with containers, glued',
    'connectors and shape data. The plan is embedded in every format, so the designer can',
    'open the file again for editing.',
  ].join('\n'),
  examples: [
    'exchange-topology render plan.json -o plan.svg',
    'exchange-topology render plan.json -o plan.vsdx',
    'exchange-topology render plan.vsdx -o plan.drawio',
    'exchange-topology template 3 | exchange-topology render - -o figure3.svg',
  ],
  run: (args, io) => {
    const file = args.positionals[0]!;
    const output = typeof args.options.output === 'string' ? args.options.output : undefined;
    const format = outputFormat(args.options.format, output);
    if (!(FORMATS as readonly string[]).includes(format)) {
      io.stderr(`render: unknown format "${format}"; use svg, vsdx or drawio\n`);
      return EXIT.usage;
    }
    const plan = loadAnyPlan(io, file);
    if (!plan) return EXIT.usage;
    const findings = validate(plan);
    const date =
      typeof args.options.date === 'string' ? args.options.date : new Date().toISOString().slice(0, 10);
    const title = !args.options['no-title'];
    const counts = countBySeverity(findings);
    const tally = `${counts.error} errors, ${counts.warning} warnings, ${counts.info} info`;
    if (format !== 'svg') {
      const data = format === 'vsdx' ? renderVsdx(plan, { date, title }) : renderDrawio(plan, { date, title });
      if (!writeOutput(io, output, data)) return EXIT.usage;
      if (output !== undefined && output !== '-') io.stderr(`Wrote ${output} (${FORMAT_NAME[format as Format]}; ${tally})\n`);
      return EXIT.ok;
    }
    let fontCss: string | undefined;
    if (!args.options['no-font']) {
      try {
        fontCss = nodeFontCss();
      } catch {
        io.stderr(
          "render: the Inter font (@fontsource/inter) was not found; the SVG uses the viewer's fonts\n",
        );
      }
    }
    const svg = renderSvg(plan, { findings, date, fontCss, title });
    if (!writeOutput(io, output, svg)) return EXIT.usage;
    if (output !== undefined && output !== '-') {
      const size = /width="(\d+)" height="(\d+)"/.exec(svg);
      io.stderr(`Wrote ${output} (${size?.[1]} x ${size?.[2]}; ${tally})\n`);
    }
    return EXIT.ok;
  },
});
