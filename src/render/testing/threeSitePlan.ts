// A larger plan for export tests: 30 servers in three Active Directory sites (each with a CCR
// cluster and its witness, dedicated and combined roles, a domain controller), a perimeter network
// with two Edge servers, SCR between sites, an Exchange 2003 server, then auto-layout.
import { plan } from '../../model/builder.ts';
import type { Plan } from '../../model/schema.ts';
import { arrange } from '../../layout/arrange.ts';

const ENTERPRISE = { windowsEdition: 'enterprise', exchangeEdition: 'enterprise' } as const;

export function threeSitePlan(): Plan {
  const b = plan('Contoso & Fabrikam: three sites <30 servers>').with((p) => ({ ...p, organizationName: 'Contoso' }));
  b.perimeter('dmz');
  b.server('EDGE01', ['EdgeTransport']).server('EDGE02', ['EdgeTransport']);
  const sites = [
    ['hq', 'Head office'],
    ['branch', 'Branch "North"'],
    ['dr', 'Recovery site'],
  ] as const;
  sites.forEach(([site, name], s) => {
    const n = s + 1;
    b.site(site, 'ad-site', name).gc(`DC${n}1`);
    b.server(`CAS${n}1`, ['ClientAccess']).server(`CAS${n}2`, ['ClientAccess']);
    b.server(`HUB${n}1`, ['HubTransport']).server(`HUB${n}2`, ['HubTransport']);
    b.server(`MBX${n}1`, ['Mailbox'], ENTERPRISE).server(`MBX${n}2`, ['Mailbox'], ENTERPRISE);
    b.cluster(`CMS${n}`, 'CCR', [`mbx${n}1`, `mbx${n}2`], { witness: `hub${n}1` });
    b.server(`MBX${n}3`, ['Mailbox']).server(`UM${n}1`, ['UnifiedMessaging']);
    b.server(`EX${n}1`, ['ClientAccess', 'HubTransport', 'Mailbox']);
  });
  b.server('EX2003', [], { site: 'hq', product: 'exchange2003', legacyServicePack: 2 });
  b.link('edge-subscription', 'edge01', 'hq').link('edge-subscription', 'edge02', 'branch');
  b.link('scr', 'mbx13', 'mbx33').link('scr', 'mbx23', 'mbx33');
  b.link('routing-group-connector', 'hub11', 'ex2003');
  b.link('connection', 'um11', 'hub11');
  return arrange(b.build());
}
