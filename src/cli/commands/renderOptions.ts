// The options of `render`: the export dialog's choices, spelled for the command line.
import type { OptionSpec } from '../args.ts';

export const RENDER_OPTIONS: readonly OptionSpec[] = [
  { name: 'output', short: 'o', value: 'FILE', description: 'Write to FILE instead of standard output; .pdf, .vsdx and .drawio choose those formats' },
  { name: 'format', value: 'svg|pdf|vsdx|drawio', description: 'The format, whatever the file name (default: from -o, else svg)' },
  { name: 'page', value: 'A4|Letter', description: 'Fit an SVG or PDF to a sheet of paper (default: the drawing size)' },
  { name: 'orientation', value: 'portrait|landscape', description: 'Of the sheet given with --page (default: portrait)' },
  { name: 'site', value: 'NAME', description: 'Draw only this site (its name or id), with the links inside it' },
  { name: 'no-findings', description: 'Leave out the finding badges and the finding counts' },
  { name: 'no-title', description: 'Leave out the title block (name, date, finding counts, legend)' },
  { name: 'dark', description: 'Draw on the dark theme (exports are light otherwise)' },
  {
    name: 'no-font',
    description: 'Do not embed the Inter font in an SVG (a smaller file; viewers fall back to their own font)',
  },
  { name: 'date', value: 'TEXT', description: 'The date shown in the title block (default: today, as YYYY-MM-DD)' },
];
