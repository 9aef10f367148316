// Plans the deploy tests share, shaped after Microsoft's figures in "Deploying Exchange 2007 Server
// Roles" and a typical Exchange 2003 coexistence; built with the model's builder so they stay short.
import { plan } from '../model/builder.ts';
import type { Plan } from '../model/schema.ts';

const enterprise = { windowsEdition: 'enterprise', exchangeEdition: 'enterprise' } as const;

/** Figure 1: MB, CA, HT and UM on one server; Edge alone in the perimeter, subscribed to the site. */
export function figure1(): Plan {
  return plan('Figure 1')
    .with((p) => ({ ...p, organizationName: 'Contoso' }))
    .site('hq', 'ad-site', 'Head office')
    .gc()
    .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging'])
    .perimeter()
    .server('EDGE01', ['EdgeTransport'])
    .link('edge-subscription', 'edge01', 'hq')
    .build();
}

/** Figure 2: each role on its own server, listed in an order that is not the install order. */
export function figure2(): Plan {
  return plan('Figure 2')
    .site('hq', 'ad-site', 'Head office')
    .gc()
    .server('UM01', ['UnifiedMessaging'])
    .server('MBX01', ['Mailbox'])
    .server('HUB01', ['HubTransport'])
    .server('CAS01', ['ClientAccess'])
    .perimeter()
    .server('EDGE01', ['EdgeTransport'])
    .link('edge-subscription', 'edge01', 'hq')
    .build();
}

/** Figure 3: a CCR clustered mailbox server of two nodes, its witness on the Hub Transport server. */
export function figure3(fields: { ipAddress?: string } = { ipAddress: '10.0.0.50' }): Plan {
  return plan('Figure 3')
    .with((p) => ({ ...p, organizationName: 'Contoso' }))
    .site('hq', 'ad-site', 'Head office')
    .gc()
    .server('CAS01', ['ClientAccess'])
    .server('HUB01', ['HubTransport'])
    .server('MBX01', ['Mailbox'], enterprise)
    .server('MBX02', ['Mailbox'], enterprise)
    .cluster('CMS01', 'CCR', ['mbx01', 'mbx02'], { witness: 'hub01', ...fields })
    .perimeter()
    .server('EDGE01', ['EdgeTransport'])
    .link('edge-subscription', 'edge01', 'hq')
    .build();
}

/** A single copy cluster of three nodes on shared storage. */
export function sccPlan(fields: { ipAddress?: string; dataPath?: string } = {}): Plan {
  return plan('SCC')
    .site('hq')
    .gc()
    .server('CAS01', ['ClientAccess', 'HubTransport'])
    .server('NODE1', ['Mailbox'], enterprise)
    .server('NODE2', ['Mailbox'], enterprise)
    .server('NODE3', ['Mailbox'], enterprise)
    .cluster('CMS02', 'SCC', ['node1', 'node2', 'node3'], fields)
    .build();
}

/** Exchange 2003 organization gaining Exchange 2007: two sites, two routing group connectors. */
export function coexistence(connectors = 2): Plan {
  let builder = plan('Coexistence')
    .site('branch', 'ad-site', 'Branch')
    .gc('DC02')
    .server('BRHUB', ['ClientAccess', 'HubTransport', 'Mailbox'])
    .server('EX2003B', [], { product: 'exchange2003', legacyServicePack: 2 })
    .site('hq', 'ad-site', 'Head office')
    .gc()
    .server('EX2003', [], { product: 'exchange2003', legacyServicePack: 2 })
    .server('HUB01', ['HubTransport', 'ClientAccess'])
    .server('MBX01', ['Mailbox']);
  builder = builder.link('routing-group-connector', 'hub01', 'ex2003', 'rgc1');
  if (connectors > 1) builder = builder.link('routing-group-connector', 'ex2003b', 'brhub', 'rgc2');
  return builder.build();
}
