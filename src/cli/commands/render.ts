// `exchange-topology render FILE [-o out.svg]`: the designer's own SVG export from the command
// line: same renderer, the Inter font embedded, findings from the rule engine badged on the items.
import { nodeFontCss } from '../../render/fontNode.ts';
import { renderSvg } from '../../render/svg.ts';
import { validate, countBySeverity } from '../../rules/index.ts';
import type { Plan } from '../../model/schema.ts';
import { readPlanFile } from '../../share/embed.ts';
import { defineCommand, EXIT } from '../command.ts';
import { displayName, writeOutput } from '../plan-file.ts';
import type { CliIo } from '../types.ts';

/** A plan from plan JSON or an SVG/PNG we exported (FILE "-" is standard input); reports and returns undefined on failure. */
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

export const renderCommand = defineCommand({
  name: 'render',
  summary: 'Draw a plan as a standalone SVG diagram',
  positionals: ['FILE'],
  options: [
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      description: 'Write the SVG to FILE instead of standard output',
    },
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
    'Reads a plan (a plan JSON file, or an SVG or PNG exported by the designer; FILE "-" is',
    'standard input) and draws it exactly as the designer exports it: sites and the perimeter',
    'network, server cards with their roles, clusters, infrastructure and links, with each',
    "item's findings badged on it. The plan is embedded in the SVG, so the designer can open",
    'the file again for editing.',
  ].join('\n'),
  examples: [
    'exchange-topology render plan.json -o plan.svg',
    'exchange-topology template 3 | exchange-topology render - -o figure3.svg',
  ],
  run: (args, io) => {
    const file = args.positionals[0]!;
    const plan = loadAnyPlan(io, file);
    if (!plan) return EXIT.usage;
    const findings = validate(plan);
    const date =
      typeof args.options.date === 'string' ? args.options.date : new Date().toISOString().slice(0, 10);
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
    const svg = renderSvg(plan, { findings, date, fontCss, title: !args.options['no-title'] });
    const output = typeof args.options.output === 'string' ? args.options.output : undefined;
    if (!writeOutput(io, output, svg)) return EXIT.usage;
    if (output !== undefined && output !== '-') {
      const counts = countBySeverity(findings);
      const size = /width="(\d+)" height="(\d+)"/.exec(svg);
      io.stderr(
        `Wrote ${output} (${size?.[1]} x ${size?.[2]}; ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info)\n`,
      );
    }
    return EXIT.ok;
  },
});
