// Stable, readable plan JSON: fields in the order of plan-format.md, defaults left out, so two
// saves of the same plan are byte-identical and a diff of two plans shows only what changed.
import { newLayout } from './positions.ts';
import { DOMAIN_CONTROLLER_DEFAULTS, SERVER_DEFAULTS, type Cluster, type Infrastructure, type Link, type Plan, type Position, type Server, type Site } from './schema.ts';

type Json = Record<string, unknown>;


function pick<T extends object>(item: T, keys: readonly (keyof T)[], defaults: Readonly<Json> = {}, always: readonly string[] = []): Json {
  const out: Json = {};
  for (const key of keys) {
    const value = item[key];
    if (value === undefined) continue;
    if (!always.includes(key as string) && defaults[key as string] === value) continue;
    out[key as string] = value;
  }
  return out;
}

const siteJson = (s: Site) => pick(s, ['id', 'name', 'kind']);

const serverJson = (s: Server) =>
  pick(
    s,
    [
      'id',
      'name',
      'site',
      'product',
      'roles',
      'cluster',
      'os',
      'arch',
      'windowsEdition',
      'exchangeEdition',
      'domainController',
      'globalCatalog',
      'legacyServicePack',
      'storageGroups',
      'lcr',
      'cores',
    ],
    SERVER_DEFAULTS,
  );

const clusterJson = (c: Cluster) =>
  pick(c, ['id', 'name', 'type', 'witness', 'ipAddress', 'dataPath', 'standby'], { standby: false });

function infrastructureJson(item: Infrastructure): Json {
  if (item.kind === 'domain-controller')
    return pick(item, ['id', 'kind', 'name', 'site', 'globalCatalog', 'os', 'readOnly', 'cores', 'arch'], DOMAIN_CONTROLLER_DEFAULTS);
  return pick(item, ['id', 'kind', 'name', 'site']);
}

const linkJson = (l: Link) => pick(l, ['id', 'kind', 'from', 'to']);

function layoutJson(layout: Record<string, Position>): Json {
  const out = newLayout() as Json; // an id such as "__proto__" is a key here like any other
  for (const key of Object.keys(layout).sort()) {
    const p = layout[key]!;
    out[key] = pick(p, ['x', 'y', 'width', 'height']);
  }
  return out;
}

/** The plan as a plain JSON value, defaults omitted. */
export function planToJson(plan: Plan): Json {
  const out: Json = { format: plan.format, version: plan.version, name: plan.name };
  if (plan.organizationName !== undefined) out.organizationName = plan.organizationName;
  out.exchange = pick(plan.exchange, ['servicePack', 'legacyMode', 'outlook2003Clients'], { outlook2003Clients: false });
  if (plan.activeDirectory !== undefined) {
    const ad = pick(plan.activeDirectory, ['domainFunctionalLevel', 'forestFunctionalLevel', 'schemaMasterOs']);
    if (Object.keys(ad).length > 0) out.activeDirectory = ad;
  }
  out.sites = plan.sites.map(siteJson);
  out.servers = plan.servers.map(serverJson);
  out.clusters = plan.clusters.map(clusterJson);
  out.infrastructure = plan.infrastructure.map(infrastructureJson);
  out.links = plan.links.map(linkJson);
  if (plan.layout !== undefined && Object.keys(plan.layout).length > 0) out.layout = layoutJson(plan.layout);
  return out;
}

/**
 * Pretty JSON with short records on one line, so a plan of 20 servers reads as 20 lines.
 * `compact` gives the smallest text (for share links).
 */
export function serializePlan(plan: Plan, options: { compact?: boolean } = {}): string {
  const json = planToJson(plan);
  if (options.compact) return JSON.stringify(json);
  return format(json, '') + '\n';
}

function format(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
    const inner = indent + '  ';
    return `[\n${value.map((v) => inner + format(v, inner)).join(',\n')}\n${indent}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Json);
    if (entries.length === 0) return '{}';
    const flat = entries.every(([, v]) => v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => typeof x !== 'object')));
    if (flat) {
      const inline = (v: unknown) => (Array.isArray(v) ? `[${v.map((x) => JSON.stringify(x)).join(', ')}]` : JSON.stringify(v));
      const oneLine = `{ ${entries.map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`).join(', ')} }`;
      if (oneLine.length + indent.length <= 120) return oneLine;
    }
    const inner = indent + '  ';
    return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${format(v, inner)}`).join(',\n')}\n${indent}}`;
  }
  return JSON.stringify(value);
}
