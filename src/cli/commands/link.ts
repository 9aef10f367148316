// `exchange-topology link FILE [--base URL]`: a share link for a plan, the same one the designer's
// Share button makes (the plan compressed into the URL fragment, so it never reaches a server).
import { DEFAULT_BASE_URL, linkLengthWarning, planLinkUrl } from '../../share/link.ts';
import { defineCommand, EXIT } from '../command.ts';
import { loadAnyPlan } from './render.ts';

export const linkCommand = defineCommand({
  name: 'link',
  summary: 'Print a share link that opens a plan in the designer',
  positionals: ['FILE'],
  options: [
    { name: 'base', value: 'URL', description: `Address of the designer (default ${DEFAULT_BASE_URL})` },
  ],
  description: [
    'Reads a plan (a plan JSON file, or an SVG, PNG, Visio or draw.io file exported by the',
    'designer; FILE "-" is standard input) and prints a URL that opens it in the designer. The plan travels',
    'compressed in the part after "#", which browsers never send to the server.',
    'The length goes to standard error, with a warning above 2,000 characters, where some',
    'mail and chat tools start cutting links.',
  ].join('\n'),
  examples: [
    'exchange-topology link plan.json',
    'exchange-topology link plan.json --base https://designer.example.com/',
  ],
  run: (args, io) => {
    const plan = loadAnyPlan(io, args.positionals[0]!);
    if (!plan) return EXIT.usage;
    const base = typeof args.options.base === 'string' ? args.options.base : DEFAULT_BASE_URL;
    const url = planLinkUrl(plan, base);
    io.stdout(`${url}\n`);
    io.stderr(`Link length: ${url.length.toLocaleString('en-US')} characters\n`);
    const warning = linkLengthWarning(url);
    if (warning) io.stderr(`Warning: ${warning}\n`);
    return EXIT.ok;
  },
});
