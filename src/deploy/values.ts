// The only way plan text reaches a command line. A value is printed only when its rule proves it
// safe (computer names, the organization name, site names, the SCC data path); otherwise the
// command gets a placeholder and the placeholder carries the finding to fix. Printed values are
// quoted for their shell: cmd.exe for Setup.com, PowerShell single quotes for cmdlets.
import {
  computerNameProblem,
  dataPathProblem,
  organizationNameProblem,
  siteNameProblem,
} from '../model/names.ts';
import type { Cluster, Plan, Site } from '../model/schema.ts';
import { validate } from '../rules/validate.ts';
import type { Finding } from '../rules/types.ts';
import type { Placeholder } from './types.ts';

/** A value for a command: the text to print, and the placeholder when the text is one. */
export interface Printed {
  text: string;
  placeholder?: Placeholder;
}

/** cmd.exe and Setup.com: bare when only safe characters, else in double quotes. */
export function cmdArg(value: string): string {
  if (/^[A-Za-z0-9_.:\\-]+$/.test(value)) return value;
  // Windows command-line parsing reads \" as a quote, so backslashes before the closing quote double.
  return `"${value.replace(/(\\+)$/, '$1$1')}"`;
}

/** A PowerShell literal string: single quotes, every quote character doubled (PowerShell also reads ‘ ’ ‚ ‛ as quotes). */
export function psArg(value: string): string {
  return `'${value.replace(/['\u2018\u2019\u201a\u201b]/g, '$&$&')}'`;
}

/**
 * A checked value as a PowerShell argument: computer names stay bare unless they begin with a
 * hyphen (PowerShell would read -EX as a parameter); placeholders stay as they are.
 */
export function psValue(value: Printed): string {
  if (value.placeholder || /^[A-Za-z0-9][A-Za-z0-9-]*$/.test(value.text)) return value.text;
  return psArg(value.text);
}

export type ComputerKind = 'server' | 'cluster';

export interface CommandValues {
  /** A server's or cluster's computer name; `token` names the placeholder used instead (`<cluster name>`). */
  computer(kind: ComputerKind, id: string, token: string): Printed;
  /** The organization name, or undefined when the plan does not name it. */
  organization(): Printed | undefined;
  site(site: Site, token: string): Printed;
  /** The SCC data path, or undefined when the plan does not give it. */
  dataPath(cluster: Cluster): Printed | undefined;
}

const upper = (name: string) => name.toUpperCase();

/** How many computers carry each name (in upper case): servers, clusters and domain controllers. */
interface NameCounts {
  plan: Plan;
  counts: Map<string, number>;
}

type Named = { name: string; kind?: string };
const LISTS = ['servers', 'clusters', 'infrastructure'] as const;
const counted = (list: (typeof LISTS)[number], item: Named) => list !== 'infrastructure' || item.kind === 'domain-controller';
const add = (counts: Map<string, number>, name: string, by: number) => counts.set(upper(name), (counts.get(upper(name)) ?? 0) + by);

function countNames(plan: Plan): NameCounts {
  const counts = new Map<string, number>();
  for (const list of LISTS) for (const item of plan[list] as Named[]) if (counted(list, item)) add(counts, item.name, 1);
  return { plan, counts };
}

/**
 * The counts of `before` moved to `plan`: where the lists differ place by place, the old record's
 * name is taken off and the new one's counted (a palette add counts its one new name, an undo takes
 * it off again), instead of counting every name afresh. Any change of a list comes out right so:
 * the counts are of the names, wherever they stand.
 */
function recount(before: NameCounts, plan: Plan): NameCounts {
  for (const list of LISTS) {
    const prev = before.plan[list] as Named[];
    const next = plan[list] as Named[];
    if (prev === next) continue;
    for (let i = 0; i < Math.max(prev.length, next.length); i++) {
      const [a, b] = [prev[i], next[i]];
      if (a === b || (a && b && a.name === b.name && counted(list, a) === counted(list, b))) continue;
      if (a && counted(list, a)) add(before.counts, a.name, -1);
      if (b && counted(list, b)) add(before.counts, b.name, 1);
    }
  }
  return { plan, counts: before.counts };
}

/** Name counts a values object worked out, for the next plan's values to take over. */
const namesOf = new WeakMap<CommandValues, () => NameCounts | undefined>();

/**
 * `findings`: the plan's findings when the caller has them (the app); else validated on first need.
 * `previous`: the values of an earlier plan, whose name counts are taken over (patched, not
 * counted again) the first time a name is printed; `previous` counts afresh if asked again.
 */
export function commandValues(plan: Plan, findings?: readonly Finding[], previous?: CommandValues): CommandValues {
  let all = findings;
  const findingOf = (rule: string, subject: string | undefined): Finding | undefined =>
    (all ??= validate(plan)).find(
      (f) =>
        f.rule === rule && (subject === undefined ? f.subjects.length === 0 : f.subjects.includes(subject)),
    );
  let names: NameCounts | undefined;
  let inherit = previous && namesOf.get(previous);
  const nameCount = (name: string) => {
    if (!names) {
      const before = inherit?.();
      names = before ? recount(before, plan) : countNames(plan);
      inherit = undefined;
    }
    return names.counts.get(upper(name)) ?? 0;
  };

  const blocked = (
    token: string,
    label: string,
    rule: string,
    problem: string,
    where: { field: string; itemId?: string },
  ): Printed => {
    const finding = findingOf(rule, where.itemId);
    return {
      text: token,
      placeholder: {
        token,
        label,
        ...where,
        finding: { rule, message: finding?.message ?? problem },
      },
    };
  };

  const values: CommandValues = {
    computer(kind, id, token) {
      const list = kind === 'server' ? plan.servers : plan.clusters;
      const index = list.findIndex((item) => item.id === id);
      const item = list[index];
      if (!item) return { text: token };
      const where = { field: `${kind === 'server' ? 'servers' : 'clusters'}[${index}].name`, itemId: id };
      const label = `${kind === 'server' ? 'server' : 'cluster'} name`;
      const problem = computerNameProblem(item.name);
      if (problem !== undefined) return blocked(token, label, 'name-invalid', problem, where);
      if (nameCount(item.name) > 1)
        return blocked(token, label, 'name-duplicate', 'Another computer has the same name.', where);
      return { text: item.name };
    },
    organization() {
      const name = plan.organizationName;
      if (name === undefined) return undefined;
      const problem = organizationNameProblem(name);
      if (problem === undefined) return { text: cmdArg(name) };
      return blocked(
        '<organization name>',
        'organization name',
        'org-name-invalid',
        `The organization name ${problem}.`,
        {
          field: 'organizationName',
        },
      );
    },
    site(site, token) {
      const problem = siteNameProblem(site.name);
      if (problem === undefined) return { text: psArg(site.name) };
      const index = plan.sites.findIndex((s) => s.id === site.id);
      return blocked(token, 'site name', 'site-name-invalid', `The site name ${problem}.`, {
        field: `sites[${index}].name`,
        itemId: site.id,
      });
    },
    dataPath(cluster) {
      if (cluster.dataPath === undefined) return undefined;
      const problem = dataPathProblem(cluster.dataPath);
      if (problem === undefined) return { text: cmdArg(cluster.dataPath) };
      const index = plan.clusters.findIndex((c) => c.id === cluster.id);
      return blocked('<CMS data path>', 'CMS data path', 'cms-data-path', `The data path ${problem}.`, {
        field: `clusters[${index}].dataPath`,
        itemId: cluster.id,
      });
    },
  };
  // Handing the counts over: this object counts afresh if it is asked again.
  namesOf.set(values, () => {
    const handed = names;
    names = undefined;
    return handed;
  });
  return values;
}

/** The placeholders among printed values, once each by token. */
export function placeholdersOf(values: readonly (Printed | undefined)[]): Placeholder[] {
  const out: Placeholder[] = [];
  for (const v of values)
    if (v?.placeholder && !out.some((p) => p.token === v.placeholder!.token)) out.push(v.placeholder);
  return out;
}
