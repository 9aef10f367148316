// `exchange-topology validate FILE [--json]`: the rule engine on a plan file, for people (grouped
// report) and for scripts (--json, exit 1 on any error finding).
import { validate } from '../../rules/index.ts';
import { defineCommand, EXIT } from '../command.ts';
import { displayName, loadPlan } from '../plan-file.ts';
import { findingsJson, formatReport } from '../report.ts';

export const validateCommand = defineCommand({
  name: 'validate',
  summary: 'Check a plan against the Exchange 2007 deployment rules',
  positionals: ['FILE'],
  options: [{ name: 'json', description: 'Print {"findings": [...]} as JSON instead of the report' }],
  description: [
    'Reads a plan file (or standard input, with FILE "-") and lists every finding of the rule',
    'catalog, grouped by severity: errors, warnings, info.',
    '',
    'Exit status: 0 when there is no error finding, 1 when there is at least one,',
    '2 when the file cannot be read or is not a valid plan (each problem is printed',
    'with its path in the file, e.g. plan.json: servers[2].site: no site with id "hq2").',
  ].join('\n'),
  examples: [
    'exchange-topology validate plan.json',
    'exchange-topology template 3 | exchange-topology validate - --json',
  ],
  run: (args, io) => {
    const file = args.positionals[0]!;
    const plan = loadPlan(io, file);
    if (!plan) return EXIT.usage;
    const findings = validate(plan);
    io.stdout(args.options.json ? findingsJson(findings) : formatReport(plan, findings, displayName(file)));
    return findings.some((f) => f.severity === 'error') ? EXIT.findings : EXIT.ok;
  },
});
