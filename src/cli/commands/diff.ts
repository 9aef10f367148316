// `exchange-topology diff CURRENT TARGET [--markdown] [-o FILE]`: what to build, change, migrate and
// retire to turn the installed topology (CURRENT) into the planned one (TARGET).
import { diffPlans, diffToMarkdown, diffToText } from '../../deploy/index.ts';
import { defineCommand, EXIT, usageError } from '../command.ts';
import { loadPlan, writeOutput } from '../plan-file.ts';

export const diffCommand = defineCommand({
  name: 'diff',
  summary: 'List the Setup.com changes and migrations from an installed plan to a target plan',
  positionals: ['CURRENT', 'TARGET'],
  options: [
    { name: 'markdown', short: 'm', description: 'Print Markdown (commands in code blocks)' },
    { name: 'output', short: 'o', value: 'FILE', description: 'Write to FILE instead of standard output' },
  ],
  description: [
    'CURRENT describes what is installed, TARGET what should be. Servers are matched by computer',
    'name (ignoring case), or failing that by id. For each server the output lists the roles to',
    'add and remove with Setup.com /mode:Install or /mode:Uninstall (run from the installation',
    "media of the plan's service pack, never the Exchange bin folder), the servers to readdress",
    'into another site, build and retire (a clustered mailbox server is removed before its nodes),',
    'and the changes Setup cannot make in place (a standalone Mailbox server becoming a cluster',
    'node, another operating system, an Exchange 2003 server replaced by Exchange 2007 under the',
    'same name) with the rebuild steps instead.',
    '',
    'Exit status: 0 printed; 2 a file cannot be read or is not a valid plan.',
  ].join('\n'),
  examples: [
    'exchange-topology diff installed.json planned.json',
    'exchange-topology diff installed.json planned.json --markdown -o changes.md',
  ],
  run: (args, io) => {
    const [currentFile, targetFile] = args.positionals as [string, string];
    if (currentFile === '-' && targetFile === '-')
      return usageError(io, 'diff', 'only one of CURRENT and TARGET can be standard input');
    const current = loadPlan(io, currentFile);
    const target = loadPlan(io, targetFile);
    if (!current || !target) return EXIT.usage;
    const diff = diffPlans(current, target);
    const text = args.options.markdown === true ? diffToMarkdown(diff) : diffToText(diff);
    const output = typeof args.options.output === 'string' ? args.options.output : undefined;
    return writeOutput(io, output, text) ? EXIT.ok : EXIT.usage;
  },
});
