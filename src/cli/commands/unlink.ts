// `exchange-topology unlink URL [-o plan.json]`: the reverse of `link`, e.g. to keep a plan that
// arrived in a chat message as a file, or to see what a link holds before opening it.
import { serializePlan } from '../../model/serialize.ts';
import { decodePlanLink } from '../../share/link.ts';
import { defineCommand, EXIT } from '../command.ts';
import { writeOutput } from '../plan-file.ts';

export const unlinkCommand = defineCommand({
  name: 'unlink',
  summary: 'Turn a share link back into a plan file',
  positionals: ['URL'],
  options: [
    {
      name: 'output',
      short: 'o',
      value: 'FILE',
      description: 'Write the plan to FILE instead of standard output',
    },
  ],
  description: [
    'Decodes a share link made by the designer or by `exchange-topology link` (the whole URL,',
    'or just its "#plan=..." part; URL "-" reads it from standard input) and prints the plan',
    'JSON. A damaged, cut-off or newer-version link is reported, with exit status 2.',
  ].join('\n'),
  examples: ["exchange-topology unlink 'http://localhost:5173/#plan=1.q1Yq...' -o plan.json"],
  run: (args, io) => {
    let url = args.positionals[0]!;
    if (url === '-') {
      try {
        url = io.readFile('-');
      } catch (e) {
        io.stderr(`${(e as Error).message}\n`);
        return EXIT.usage;
      }
    }
    const result = decodePlanLink(url);
    if (!result.ok) {
      io.stderr(`unlink: ${result.message}\n`);
      return EXIT.usage;
    }
    const output = typeof args.options.output === 'string' ? args.options.output : undefined;
    return writeOutput(io, output, serializePlan(result.plan)) ? EXIT.ok : EXIT.usage;
  },
});
