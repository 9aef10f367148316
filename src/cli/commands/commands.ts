// `exchange-topology commands FILE [--server NAME] [--markdown] [-o FILE]`: the deployment
// checklist of a plan (or one server's Setup.com commands), with the plan's errors listed first.
import {
  checklist,
  checklistToMarkdown,
  checklistToText,
  serverCommands,
  stepsToText,
  stepToMarkdown,
} from '../../deploy/index.ts';
import { markdownText } from '../../deploy/markdownText.ts';
import { validate } from '../../rules/index.ts';
import { defineCommand, EXIT, usageError } from '../command.ts';
import { loadPlan, writeOutput } from '../plan-file.ts';

export const commandsCommand = defineCommand({
  name: 'commands',
  summary: 'Print the deployment checklist and Setup.com command lines of a plan',
  positionals: ['FILE'],
  options: [
    {
      name: 'server',
      short: 's',
      value: 'NAME',
      description: 'Only the steps that run on this server (computer name or id)',
    },
    { name: 'markdown', short: 'm', description: 'Print Markdown (task list, commands in code blocks)' },
    { name: 'output', short: 'o', value: 'FILE', description: 'Write to FILE instead of standard output' },
  ],
  description: [
    'Reads a plan file (or standard input, with FILE "-") and prints, in order: the plan\'s',
    'error findings (fix them first), prerequisites on each server, Active Directory',
    "preparation, the installs site by site in Microsoft's recommended order (Client Access,",
    'Hub Transport, Mailbox, Unified Messaging; clusters and their witness before the',
    'clustered mailbox server; Edge Transport and its subscription last), and the',
    'coexistence steps with Exchange 2003/2000.',
    '',
    'What the plan does not say appears as a placeholder such as <CMS IP address>, with the',
    'plan field that fills it (clusters[0].ipAddress).',
    '',
    'Exit status: 0 printed; 2 the file cannot be read, is not a valid plan, or the server is unknown.',
  ].join('\n'),
  examples: [
    'exchange-topology commands plan.json',
    'exchange-topology commands plan.json --server EX01',
    'exchange-topology template 3 | exchange-topology commands - --markdown',
  ],
  run: (args, io) => {
    const plan = loadPlan(io, args.positionals[0]!);
    if (!plan) return EXIT.usage;
    const output = typeof args.options.output === 'string' ? args.options.output : undefined;
    const markdown = args.options.markdown === true;
    const names = new Map(plan.servers.map((s) => [s.id, s.name]));
    let text: string;
    if (typeof args.options.server === 'string') {
      const wanted = args.options.server.toLowerCase();
      const server =
        plan.servers.find((s) => s.name.toLowerCase() === wanted) ??
        plan.servers.find((s) => s.id === args.options.server);
      if (!server)
        return usageError(
          io,
          'commands',
          `no server ${JSON.stringify(args.options.server)}; the plan has ${plan.servers.map((s) => s.name).join(', ') || 'no servers'}`,
        );
      const steps = serverCommands(plan, server.id);
      const title = `Commands for ${server.name}`;
      if (steps.length === 0) text = `${title}: nothing to run (no Exchange 2007 role to install).\n`;
      else
        text = markdown
          ? [`# ${markdownText(title)}`, ...steps.map((s, i) => stepToMarkdown(s, `${i + 1}.`))].join('\n\n') + '\n'
          : stepsToText(title, steps);
    } else {
      const list = checklist(plan, validate(plan));
      text = markdown ? checklistToMarkdown(list, names) : checklistToText(list, names);
    }
    return writeOutput(io, output, text) ? EXIT.ok : EXIT.usage;
  },
});
