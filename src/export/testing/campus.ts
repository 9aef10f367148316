// A realistic larger plan for export tests and screenshots: 30 servers in three Active Directory
// sites and a perimeter network, with a CCR cluster, SCR, Unified Messaging and Edge subscriptions,
// laid out by auto-layout (three sites side by side: the wide strip a page export must re-flow).
import { arrange } from '../../layout/arrange.ts';
import { plan } from '../../model/builder.ts';
import type { Plan, Role } from '../../model/schema.ts';

const ENTERPRISE = { exchangeEdition: 'enterprise', windowsEdition: 'enterprise' } as const;

function branch(b: ReturnType<typeof plan>, site: string, name: string, prefix: string, mailboxes: number) {
  b.site(site, 'ad-site', name)
    .server(`${prefix}-CAS01`, ['ClientAccess'])
    .server(`${prefix}-CAS02`, ['ClientAccess'])
    .server(`${prefix}-HUB01`, ['HubTransport'])
    .server(`${prefix}-HUB02`, ['HubTransport']);
  for (let i = 1; i <= mailboxes; i++) b.server(`${prefix}-MBX0${i}`, ['Mailbox'] as Role[]);
  return b.gc(`${prefix}-DC01`).gc(`${prefix}-DC02`);
}

export function campusPlan(): Plan {
  const b = plan('Contoso campus', 'SP1')
    .infra({ id: 'net', kind: 'internet', name: 'Internet' })
    .infra({ id: 'fw-out', kind: 'firewall', name: 'Outer firewall' })
    .perimeter('dmz')
    .server('EDGE01', ['EdgeTransport'])
    .server('EDGE02', ['EdgeTransport'])
    .infra({ id: 'fw-in', kind: 'firewall', name: 'Inner firewall' })
    .site('hq', 'ad-site', 'Head office')
    .server('HQ-CAS01', ['ClientAccess'])
    .server('HQ-CAS02', ['ClientAccess'])
    .server('HQ-HUB01', ['HubTransport'])
    .server('HQ-HUB02', ['HubTransport'])
    .server('HQ-MBX01', ['Mailbox'], ENTERPRISE)
    .server('HQ-MBX02', ['Mailbox'], ENTERPRISE)
    .server('HQ-MBX03', ['Mailbox'])
    .server('HQ-MBX04', ['Mailbox'])
    .server('HQ-MBX05', ['Mailbox'])
    .server('HQ-MBX06', ['Mailbox'])
    .server('HQ-UM01', ['UnifiedMessaging'])
    .server('HQ-UM02', ['UnifiedMessaging'])
    .gc('HQ-DC01')
    .gc('HQ-DC02')
    .infra({ id: 'gw', kind: 'ip-gateway', name: 'IP gateway', site: 'hq' })
    .cluster('HQ-CMS01', 'CCR', ['hq-mbx01', 'hq-mbx02'], { witness: 'hq-hub01' });
  branch(b, 'east', 'Branch East', 'EA', 4);
  branch(b, 'west', 'Branch West', 'WE', 4);
  b.link('connection', 'net', 'fw-out')
    .link('connection', 'fw-out', 'edge01')
    .link('connection', 'fw-out', 'edge02')
    .link('edge-subscription', 'edge01', 'hq')
    .link('edge-subscription', 'edge02', 'hq')
    .link('scr', 'hq-cms01', 'ea-mbx01')
    .link('connection', 'hq-um01', 'gw')
    .link('connection', 'hq-um02', 'gw');
  return arrange(b.build());
}
