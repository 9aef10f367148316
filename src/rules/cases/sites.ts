// Cases for "Sites and dependencies".
import { plan } from '../../model/builder.ts';
import { base } from './baseline.ts';
import type { RuleCase } from './ruleCase.ts';

const hqOnly = () => plan('Clean').site('hq', 'ad-site', 'Head office').gc('DC01');
/** Head office with one domain controller as given, and EX01 (Mailbox, Client Access, Hub Transport). */
const hqWith = (dc: string, fields: Parameters<ReturnType<typeof plan>['gc']>[1]) =>
  plan()
    .site('hq', 'ad-site', 'Head office')
    .gc(dc, fields)
    .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport']);
const withEdge = () =>
  base().site('br', 'ad-site', 'Branch').gc('DC02').perimeter().server('EDGE01', ['EdgeTransport']);
const gateway = { id: 'gw1', kind: 'ip-gateway', name: 'VoIP gateway', site: 'hq' } as const;

export const SITE_CASES: RuleCase[] = [
  {
    rule: 'org-core-roles',
    when: 'only a Mailbox server exists',
    fires: hqOnly().server('EX01', ['Mailbox']).build(),
    subjects: [],
    names: ['Client Access', 'Hub Transport'],
    quiet: base().build(),
  },
  {
    rule: 'site-needs-hub',
    when: 'a site has Mailbox but no Hub Transport',
    fires: hqOnly()
      .server('EX01', ['Mailbox', 'ClientAccess'])
      .server('EX02', ['HubTransport'], { site: undefined })
      .build(),
    subjects: ['hq'],
    names: ['Head office', 'Hub Transport'],
    quiet: base().build(),
  },
  {
    rule: 'site-needs-cas',
    when: 'a site has Mailbox but no Client Access',
    fires: hqOnly().server('EX01', ['Mailbox', 'HubTransport']).build(),
    subjects: ['hq'],
    names: ['Head office', 'Client Access'],
    quiet: base().build(),
  },
  {
    rule: 'um-needs-hub',
    when: 'a branch has Unified Messaging but no Hub Transport',
    fires: base().site('br', 'ad-site', 'Branch').gc('DC02').server('UM01', ['UnifiedMessaging']).build(),
    subjects: ['br'],
    names: ['Branch', 'Unified Messaging'],
    quiet: base()
      .site('br', 'ad-site', 'Branch')
      .gc('DC02')
      .server('UM01', ['UnifiedMessaging'], { site: 'hq' })
      .build(),
  },
  {
    rule: 'site-needs-gc',
    when: 'a site has no global catalog',
    fires: plan()
      .site('hq', 'ad-site', 'Head office')
      .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
      .build(),
    subjects: ['hq'],
    names: ['Head office'],
    quiet: base().build(),
  },
  {
    rule: 'site-needs-gc',
    when: 'the only global catalog is read-only, or on Windows Server 2003 RTM',
    fires: hqWith('DC01', { readOnly: true, os: 'windows2008' })
      .gc('DC02', { os: 'windows2003-rtm' })
      .build(),
    subjects: ['hq'],
    names: ['Head office'],
    quiet: hqWith('DC01', { readOnly: true })
      .server('EX02', [], { domainController: true, globalCatalog: true })
      .build(),
  },
  {
    rule: 'site-needs-gc',
    when: 'the only global catalog is an Exchange server on Windows Server 2003 RTM',
    fires: plan()
      .site('hq', 'ad-site', 'Head office')
      .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
      .server('DC01', [], { domainController: true, globalCatalog: true, os: 'windows2003-rtm' })
      .build(),
    subjects: ['hq'],
    names: ['Head office'],
    quiet: plan()
      .site('hq', 'ad-site', 'Head office')
      .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
      .server('DC01', [], { domainController: true, globalCatalog: true, os: 'windows2003' })
      .build(),
  },
  {
    rule: 'site-needs-gc',
    when: 'the only global catalog runs Windows Server 2008 R2 under Exchange 2007 RTM',
    fires: plan('Clean', 'RTM')
      .site('hq', 'ad-site', 'Head office')
      .gc('DC01', { os: 'windows2008r2' })
      .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
      .build(),
    subjects: ['hq'],
    names: ['Head office', 'Windows Server 2008 R2 only from Exchange 2007 SP1'],
    quiet: plan('Clean', 'SP1')
      .site('hq', 'ad-site', 'Head office')
      .gc('DC01', { os: 'windows2008r2' })
      .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
      .build(),
  },
  {
    rule: 'server-unplaced',
    when: 'a server has no site',
    fires: base().server('EX02', ['ClientAccess'], { site: undefined }).build(),
    subjects: ['ex02'],
    names: ['EX02'],
    quiet: base().server('EX02', ['ClientAccess']).build(),
  },
  {
    rule: 'edge-subscription-hub',
    when: 'an Edge server subscribes to a site without Hub Transport',
    fires: withEdge().link('edge-subscription', 'edge01', 'br').build(),
    subjects: ['edge-subscription-edge01-br', 'br'],
    names: ['EDGE01', 'Branch'],
    quiet: withEdge().link('edge-subscription', 'edge01', 'hq').build(),
  },
  {
    rule: 'edge-one-subscription',
    when: 'an Edge server subscribes to two sites',
    fires: withEdge()
      .link('edge-subscription', 'edge01', 'hq')
      .link('edge-subscription', 'edge01', 'br')
      .build(),
    subjects: ['edge01'],
    names: ['EDGE01', 'Head office', 'Branch'],
    quiet: withEdge().link('edge-subscription', 'edge01', 'hq').build(),
  },
  {
    rule: 'edge-unsubscribed',
    when: 'an Edge server has no subscription',
    fires: withEdge().build(),
    subjects: ['edge01'],
    names: ['EDGE01'],
    quiet: withEdge().link('edge-subscription', 'edge01', 'hq').build(),
  },
  {
    rule: 'link-endpoints',
    when: 'an Edge subscription starts at an internal server',
    fires: withEdge().link('edge-subscription', 'ex01', 'hq').build(),
    subjects: ['edge-subscription-ex01-hq'],
    names: ['EX01', 'Head office'],
    quiet: withEdge().link('edge-subscription', 'edge01', 'hq').build(),
  },
  {
    rule: 'link-endpoints',
    when: 'a routing group connector joins two Exchange 2007 servers',
    fires: base().server('EX02', ['HubTransport']).link('routing-group-connector', 'ex01', 'ex02').build(),
    subjects: ['routing-group-connector-ex01-ex02'],
    names: ['EX01', 'EX02'],
    quiet: base()
      .server('EX2003', [], { product: 'exchange2003', legacyServicePack: 2 })
      .link('routing-group-connector', 'ex2003', 'ex01')
      .build(),
  },
  {
    rule: 'link-endpoints',
    when: 'an SCR link starts at a site',
    fires: base().server('EX09', ['Mailbox']).link('scr', 'hq', 'ex09').build(),
    subjects: ['scr-hq-ex09'],
    names: ['Head office', 'EX09'],
    quiet: base().server('EX09', ['Mailbox']).link('scr', 'ex01', 'ex09').build(),
  },
  {
    rule: 'um-ip-gateway',
    when: 'a Unified Messaging server has no gateway at all',
    fires: base().server('UM01', ['UnifiedMessaging']).build(),
    subjects: ['um01'],
    names: ['UM01'],
    quiet: base()
      .server('UM01', ['UnifiedMessaging'])
      .infra(gateway)
      .link('connection', 'gw1', 'um01')
      .build(),
  },
  {
    rule: 'um-ip-gateway',
    when: 'the gateway is drawn but not connected',
    fires: base()
      .server('UM01', ['UnifiedMessaging'])
      .infra(gateway)
      .link('connection', 'gw1', 'ex01')
      .build(),
    subjects: ['um01'],
    names: ['UM01'],
    quiet: base()
      .server('UM01', ['UnifiedMessaging'])
      .infra({ id: 'pbx1', kind: 'pbx', name: 'PBX', site: 'hq' })
      .link('connection', 'um01', 'pbx1')
      .build(),
  },
];
