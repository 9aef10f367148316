// The items that carry a Windows computer name (servers, domain controllers, clustered mailbox
// servers), seen as one numbered list for the name rules without copying names into a new array.
import type { DomainController, Plan } from '../model/schema.ts';

export interface NamedComputer {
  id: string;
  name: string;
  kind: 'server' | 'domain controller' | 'clustered mailbox server';
}

export interface Computers {
  /** Servers, then domain controllers, then clusters: the order rules.md names them. */
  readonly computerCount: number;
  computerName(i: number): string;
  computer(i: number): NamedComputer;
}

export function computers(plan: Plan, domainControllers: readonly DomainController[]): Computers {
  const servers = plan.servers.length;
  const dcs = domainControllers.length;
  return {
    computerCount: servers + dcs + plan.clusters.length,
    computerName: (i) => {
      if (i < servers) return plan.servers[i]!.name;
      return i < servers + dcs
        ? domainControllers[i - servers]!.name
        : plan.clusters[i - servers - dcs]!.name;
    },
    computer: (i) => {
      if (i < servers) {
        const s = plan.servers[i]!;
        return { id: s.id, name: s.name, kind: 'server' };
      }
      if (i < servers + dcs) {
        const dc = domainControllers[i - servers]!;
        return { id: dc.id, name: dc.name, kind: 'domain controller' };
      }
      const c = plan.clusters[i - servers - dcs]!;
      return { id: c.id, name: c.name, kind: 'clustered mailbox server' };
    },
  };
}
