// `npm run bench`: runs each bench section, prints its table, and merges the results into
// bench/results.json, keeping the keys it did not run. A new section is one module that returns a
// BenchSection (or nested metrics, see metricsSection) and one line in SECTIONS.
// `tsx bench/run.ts validation` runs just one; `--strict` exits with 1 when a target is missed
// (off by default: shared machines are noisy); `--sizes 500,1000` and `--runs N` go to the canvas.
import { fileURLToPath } from 'node:url';
import { canvasSection } from './canvas.ts';
import { hostileBenchSection } from './hostile.ts';
import { canvasOptionsFrom } from './canvas/options.ts';
import { benchDoc } from './doc.ts';
import { benchEdits } from './edits.ts';
import { benchFlow } from './flow.ts';
import { renderBenchSection } from './render.ts';
import { machineInfo, mergeResults, metricsSection, printSection, type BenchSection } from './report.ts';
import { benchValidation } from './validation.ts';
import { benchTeam } from './team.ts';

const SECTIONS: Record<string, () => BenchSection | Promise<BenchSection>> = {
  validation: () => benchValidation(),
  render: async () => metricsSection('Share links and SVG rendering', await renderBenchSection()),
  doc: () => benchDoc(),
  edits: () => benchEdits(),
  flow: () => benchFlow(),
  canvas: () => canvasSection(canvasOptionsFrom(process.argv.slice(2))),
  hostile: () => metricsSection('Hostile plans and files, beside normal ones', hostileBenchSection()),
  team: () => benchTeam(),
};
/** Options that take a value: the value is not a section name. */
const VALUED = ['--sizes', '--runs'];

const RESULTS = fileURLToPath(new URL('./results.json', import.meta.url));

async function main(argv: readonly string[]): Promise<number> {
  const strict = argv.includes('--strict');
  const asked = argv.filter((a, i) => !a.startsWith('--') && !VALUED.includes(argv[i - 1] ?? ''));
  const unknown = asked.filter((name) => !(name in SECTIONS));
  if (unknown.length > 0) {
    console.error(`Unknown bench section ${unknown.join(', ')}; known: ${Object.keys(SECTIONS).join(', ')}`);
    return 2;
  }
  const machine = machineInfo();
  console.log(`Node ${machine.node} on ${machine.cpu} (${machine.cpus} CPUs), load ${machine.loadAverage1m}`);
  const results: Record<string, unknown> = { machine };
  let pass = true;
  for (const name of asked.length > 0 ? asked : Object.keys(SECTIONS)) {
    try {
      const section = await SECTIONS[name]!();
      printSection(section);
      results[name] = section.json;
      pass &&= section.pass;
    } catch (error) {
      // One broken section must not lose the others' results; its old entry stays in the file.
      console.error(`\nBench section "${name}" failed: ${(error as Error).stack ?? String(error)}`);
      pass = false;
    }
  }
  mergeResults(RESULTS, results);
  console.log(`\nResults merged into ${RESULTS}: ${pass ? 'all targets met' : 'some targets missed'}.`);
  return strict && !pass ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
