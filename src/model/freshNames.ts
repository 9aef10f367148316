// Fresh ids and computer names for new items (edits.ts): the first `server-N` no item uses, the
// first `EX0N` no computer has. Each is looked for among only the ids and names that could be one
// of its candidates (a prefix test): a palette add at 1,000 servers built a set of every id and one
// of every computer name, upper-cased, to pick two names.
import type { Plan } from './schema.ts';

type Listed = readonly { id: string }[];

/** Every id in use, across all item kinds. */
export function allIds(plan: Plan): Set<string> {
  const ids = new Set<string>();
  for (const list of [plan.sites, plan.servers, plan.clusters, plan.infrastructure, plan.links]) for (const item of list) ids.add(item.id);
  return ids;
}

let replicaSuffix = '';

/**
 * Where several replicas edit one plan (tabs, a team), each sets a suffix of its own once, so two
 * of them adding an item at the same moment never pick the same id: `server-3-k2x9`, `server-3-a7q0`.
 */
export function setReplicaIdSuffix(suffix: string): void {
  replicaSuffix = suffix ? `-${suffix}` : '';
}

/** A fresh id such as `server-3`, unique across the plan (and `taken`, for several at once). */
export function newId(plan: Plan, prefix: string, taken: ReadonlySet<string> = new Set()): string {
  // Every candidate starts with `${prefix}-` and ends with the suffix: only such ids can be one.
  const head = `${prefix}-`;
  const tail = replicaSuffix;
  const ids = new Set<string>();
  const lists: Listed[] = [plan.sites, plan.servers, plan.clusters, plan.infrastructure, plan.links];
  for (const list of lists)
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id;
      if (id.startsWith(head) && id.endsWith(tail)) ids.add(id);
    }
  for (let n = 1; ; n++) {
    const candidate = `${prefix}-${n}${replicaSuffix}`;
    if (!ids.has(candidate) && !taken.has(candidate)) return candidate;
  }
}

/** Computer names in use (servers, domain controllers, clusters), upper-cased. */
export function computerNames(plan: Plan): Set<string> {
  const names = new Set<string>();
  for (const s of plan.servers) names.add(s.name.toUpperCase());
  for (const c of plan.clusters) names.add(c.name.toUpperCase());
  for (const i of plan.infrastructure) if (i.kind === 'domain-controller') names.add(i.name.toUpperCase());
  return names;
}

/**
 * The computer names upper-cased that start with `prefix` upper-cased: every candidate of
 * nextComputerName is `${prefix}` and digits, and upper-casing works code point by code point,
 * so only these can be one once upper-cased.
 */
function candidateNames(plan: Plan, prefix: string): Set<string> {
  const head = prefix.toUpperCase();
  const first = head.length > 0 ? head.charCodeAt(0) : -1;
  const names = new Set<string>();
  const note = (name: string) => {
    // An ASCII first letter upper-cases to one letter: when that is not the prefix's, the name is not one.
    const c = name.charCodeAt(0);
    if (first >= 0 && c < 128 && (c >= 97 && c <= 122 ? c - 32 : c) !== first) return;
    const upper = name.toUpperCase();
    if (upper.startsWith(head)) names.add(upper);
  };
  for (const s of plan.servers) note(s.name);
  for (const c of plan.clusters) note(c.name);
  for (const i of plan.infrastructure) if (i.kind === 'domain-controller') note(i.name);
  return names;
}

/** The next free computer name with this prefix: EX01, EX02, ... (valid NetBIOS names). */
export function nextComputerName(plan: Plan, prefix = 'EX', taken: ReadonlySet<string> = new Set()): string {
  const names = candidateNames(plan, prefix);
  for (let n = 1; ; n++) {
    const candidate = `${prefix}${String(n).padStart(2, '0')}`;
    if (!names.has(candidate.toUpperCase()) && !taken.has(candidate.toUpperCase())) return candidate;
  }
}
