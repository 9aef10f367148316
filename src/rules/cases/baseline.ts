// Test plans: a clean baseline (one AD site with a global catalog, one Mailbox/Client Access/Hub
// Transport server, SP1) that each rule case changes in one place to make its rule fire.
import { plan, type PlanBuilder } from '../../model/builder.ts';
import type { Cluster, Server, ServicePack } from '../../model/schema.ts';

export const ENTERPRISE = { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' } as const;

/** Head office (id hq) with DC01 (GC) and EX01 (Mailbox, Client Access, Hub Transport). */
export function base(servicePack: ServicePack = 'SP1'): PlanBuilder {
  return plan('Clean', servicePack)
    .site('hq', 'ad-site', 'Head office')
    .gc('DC01')
    .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport']);
}

export const clean = () => base().build();

/** The baseline plus CCR cluster CMS01 of MB01 and MB02 in Head office, witness on EX01. */
export function withCcr(
  b: PlanBuilder = base(),
  firstNode: Partial<Server> = {},
  cluster: Partial<Cluster> = { witness: 'ex01' },
): PlanBuilder {
  return b
    .server('MB01', ['Mailbox'], { ...ENTERPRISE, ...firstNode })
    .server('MB02', ['Mailbox'], ENTERPRISE)
    .cluster('CMS01', 'CCR', ['mb01', 'mb02'], cluster);
}

/** An SCC cluster CMS01 with `nodes` Mailbox nodes named MB01, MB02, ... in Head office. */
export function withScc(nodes: number, b: PlanBuilder = base()): PlanBuilder {
  const ids: string[] = [];
  for (let n = 1; n <= nodes; n++) {
    const name = `MB${String(n).padStart(2, '0')}`;
    b.server(name, ['Mailbox'], ENTERPRISE);
    ids.push(name.toLowerCase());
  }
  return b.cluster('CMS01', 'SCC', ids);
}
