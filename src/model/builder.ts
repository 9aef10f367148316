// A small fluent builder for plans in tests, benchmarks and templates:
// plan().site('hq').server('EX01', ['Mailbox'], { site: 'hq' }).build()
import { addCluster, addInfrastructure, addLink, addServer, addSite, emptyPlan, type InfrastructureDraft } from './edits.ts';
import type { Cluster, ClusterType, Link, LinkKind, Plan, Role, Server, ServicePack, SiteKind } from './schema.ts';

export class PlanBuilder {
  private current: Plan;
  private lastSite: string | undefined;

  constructor(name = 'Test plan', servicePack: ServicePack = 'SP1') {
    this.current = emptyPlan(name, servicePack);
  }

  with(change: (plan: Plan) => Plan): this {
    this.current = change(this.current);
    return this;
  }

  /** Adds a site; servers added after it go into it unless they name another. */
  site(id: string, kind: SiteKind = 'ad-site', name = id): this {
    this.current = addSite(this.current, { id, name, kind });
    this.lastSite = id;
    return this;
  }

  perimeter(id = 'dmz', name = 'Perimeter network'): this {
    return this.site(id, 'perimeter', name);
  }

  /** A server named `name` with id = name lower-cased, in the last site unless `site: undefined` is given. */
  server(name: string, roles: Role[] = [], fields: Partial<Server> = {}): this {
    const placed = 'site' in fields ? fields.site : this.lastSite;
    const draft: Partial<Server> & { id: string; name: string } = { id: name.toLowerCase(), name, roles, ...fields };
    if (placed === undefined) delete draft.site;
    else draft.site = placed;
    this.current = addServer(this.current, draft);
    return this;
  }

  /** A global catalog domain controller in the last site. */
  gc(name = 'DC01', fields: Partial<Extract<InfrastructureDraft, { kind: 'domain-controller' }>> = {}): this {
    const draft: InfrastructureDraft = { id: name.toLowerCase(), kind: 'domain-controller', name, globalCatalog: true, ...fields };
    if (this.lastSite !== undefined && !('site' in fields)) draft.site = this.lastSite;
    this.current = addInfrastructure(this.current, draft);
    return this;
  }

  infra(draft: InfrastructureDraft): this {
    this.current = addInfrastructure(this.current, draft);
    return this;
  }

  cluster(name: string, type: ClusterType, nodes: string[], fields: Partial<Cluster> = {}): this {
    this.current = addCluster(this.current, { id: name.toLowerCase(), name, type, ...fields }, nodes);
    return this;
  }

  link(kind: LinkKind, from: string, to: string, id?: string): this {
    const link: Link = { id: id ?? `${kind}-${from}-${to}`, kind, from, to };
    this.current = addLink(this.current, link);
    return this;
  }

  build(): Plan {
    return this.current;
  }
}

export function plan(name?: string, servicePack?: ServicePack): PlanBuilder {
  return new PlanBuilder(name, servicePack);
}
