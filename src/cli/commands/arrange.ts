// `exchange-topology arrange FILE [-o FILE]`: re-lays a plan out with the designer's Arrange,
// e.g. after generating a plan from a script with no positions at all.
import { arrange } from '../../layout/arrange.ts';
import { serializePlan } from '../../model/serialize.ts';
import { defineCommand, EXIT } from '../command.ts';
import { loadPlan, writeOutput } from '../plan-file.ts';

export const arrangeCommand = defineCommand({
  name: 'arrange',
  summary: 'Give a plan a tidy layout (Internet, perimeter network, AD sites)',
  positionals: ['FILE'],
  options: [
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      description: 'Write the plan to FILE (may be the input) instead of standard output',
    },
  ],
  description: [
    'Reads a plan (FILE "-" is standard input) and replaces its layout: Internet and firewalls on',
    'the left, perimeter networks, then the Active Directory sites with their servers in rows by',
    'role (Client Access, Hub Transport, Mailbox, clusters, Unified Messaging) and their',
    'infrastructure below; servers in no site go in a row under everything. Nothing else changes.',
  ].join('\n'),
  examples: ['exchange-topology arrange plan.json -o plan.json'],
  run: (args, io) => {
    const plan = loadPlan(io, args.positionals[0]!);
    if (!plan) return EXIT.usage;
    const output = typeof args.options.output === 'string' ? args.options.output : undefined;
    return writeOutput(io, output, serializePlan(arrange(plan))) ? EXIT.ok : EXIT.usage;
  },
});
