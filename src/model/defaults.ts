// plan-format.md's defaults for a plan that did not come through parsePlan (a literal in a script
// or test, JSON read straight from a file): the rules read every field, and an absent `product`
// must mean exchange2007 there too, never "some other product". Parsed plans pass through as they are.
import {
  DOMAIN_CONTROLLER_DEFAULTS,
  SERVER_DEFAULTS,
  type Infrastructure,
  type Plan,
  type PlanInput,
  type Server,
} from './schema.ts';

type ServerInput = NonNullable<PlanInput['servers']>[number];
type InfrastructureInput = NonNullable<PlanInput['infrastructure']>[number];

const SERVER_FIELDS = Object.keys(SERVER_DEFAULTS) as (keyof typeof SERVER_DEFAULTS)[];
const DC_FIELDS = Object.keys(DOMAIN_CONTROLLER_DEFAULTS) as (keyof typeof DOMAIN_CONTROLLER_DEFAULTS)[];

// Written out field by field: this runs on every validation, over every server of the plan.
const serverComplete = (s: ServerInput) =>
  s.product !== undefined &&
  s.roles !== undefined &&
  s.os !== undefined &&
  s.arch !== undefined &&
  s.windowsEdition !== undefined &&
  s.exchangeEdition !== undefined &&
  s.domainController !== undefined &&
  s.globalCatalog !== undefined &&
  s.lcr !== undefined;
const itemComplete = (item: InfrastructureInput) =>
  item.kind !== 'domain-controller' ||
  (item.globalCatalog !== undefined && item.os !== undefined && item.readOnly !== undefined);

function allComplete<T>(items: readonly T[] | undefined, complete: (item: T) => boolean): boolean {
  if (items === undefined) return false;
  for (let i = 0; i < items.length; i++) if (!complete(items[i]!)) return false;
  return true;
}

function completeServer(s: ServerInput): Server {
  const out: Record<string, unknown> = { ...s, roles: s.roles ?? [] };
  for (const f of SERVER_FIELDS) out[f] ??= SERVER_DEFAULTS[f];
  return out as Server;
}

function completeItem(item: InfrastructureInput): Infrastructure {
  if (item.kind !== 'domain-controller') return item as Infrastructure;
  const out: Record<string, unknown> = { ...item };
  for (const f of DC_FIELDS) out[f] ??= DOMAIN_CONTROLLER_DEFAULTS[f];
  return out as Infrastructure;
}

/** The plan with every absent defaulted field filled in; the same object when nothing is absent. */
export function withDefaults(plan: Plan | PlanInput): Plan {
  const { sites, servers, clusters, infrastructure, links } = plan;
  if (
    sites &&
    clusters &&
    links &&
    allComplete(servers, serverComplete) &&
    allComplete(infrastructure, itemComplete)
  )
    return plan as Plan;
  return {
    ...plan,
    sites: sites ?? [],
    servers: (servers ?? []).map((s) => (serverComplete(s) ? (s as Server) : completeServer(s))),
    clusters: clusters ?? [],
    infrastructure: (infrastructure ?? []).map((item) =>
      itemComplete(item) ? (item as Infrastructure) : completeItem(item),
    ),
    links: links ?? [],
  } as Plan;
}
