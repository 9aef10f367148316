// `exchange-topology template 1|2|3|empty [-o FILE]`: Microsoft's deployment figures as plans to
// start from, the same ones the designer offers.
import { serializePlan } from '../../model/serialize.ts';
import { TEMPLATES, templateById } from '../../templates/index.ts';
import { defineCommand, EXIT, usageError } from '../command.ts';
import { writeOutput } from '../plan-file.ts';

/** "1", "figure-1" and "Figure-1" all name Figure 1. */
function templateId(name: string): string {
  const lower = name.toLowerCase();
  return /^\d+$/.test(lower) ? `figure-${lower}` : lower;
}

export const templateCommand = defineCommand({
  name: 'template',
  summary: 'Print Figure 1, 2 or 3 of "Deploying Exchange 2007 Server Roles" as a plan',
  positionals: ['1|2|3|empty'],
  options: [
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      description: 'Write the plan to FILE instead of standard output',
    },
  ],
  description: [
    'Templates:',
    ...TEMPLATES.map((t) => `  ${t.id.replace('figure-', '').padEnd(6)} ${t.title}`),
  ].join('\n'),
  examples: [
    'exchange-topology template 3 -o plan.json',
    'exchange-topology template 1 | exchange-topology validate -',
  ],
  run: (args, io) => {
    const name = args.positionals[0]!;
    const template = templateById(templateId(name));
    if (!template)
      return usageError(io, 'template', `no template ${JSON.stringify(name)}; choose 1, 2, 3 or empty`);
    const output = typeof args.options.output === 'string' ? args.options.output : undefined;
    if (!writeOutput(io, output, serializePlan(template.plan))) return EXIT.usage;
    if (output !== undefined && output !== '-') io.stderr(`Wrote ${template.title} to ${output}\n`);
    return EXIT.ok;
  },
});
