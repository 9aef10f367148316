// Clusters, an addition beyond rules.md (docs/rules.md lists it): the SCC data path is the one
// free-text path Setup.com is given, so what it cannot carry is an error, never a printed command.
import { dataPathProblem } from '../model/names.ts';
import { family } from './define.ts';
import type { Finding } from './types.ts';
import { nameOf } from './words.ts';

const rule = family('Clusters');

export const cmsDataPath = rule(
  {
    id: 'cms-data-path',
    severity: 'error',
    title: 'The SCC data path is a local path a command line can carry',
    why: 'Setup.com /CMSDataPath takes an absolute path on the shared disks (S:\\Exchange). Windows paths cannot hold < > " | ? * or control characters, and cmd.exe expands % and ! even inside quotes, so such a path cannot be given to Setup as it is.',
    sources: ['SCC', 'PATHS', 'CMDLINE'],
    fix: 'Give an absolute path such as S:\\Exchange, without " % ! < > | ? * or control characters.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const c of ix.plan.clusters) {
      const problem = c.dataPath === undefined ? undefined : dataPathProblem(c.dataPath);
      if (problem !== undefined)
        out.push(
          found(
            [c.id],
            `The data path of cluster ${nameOf(c.name)} ${problem}: Setup.com /CMSDataPath cannot be given it. Use an absolute path such as S:\\Exchange.`,
          ),
        );
    }
    return out;
  },
);
