// Cases for "Roles on one computer".
import { plan } from '../../model/builder.ts';
import { base, withCcr } from './baseline.ts';
import type { RuleCase } from './ruleCase.ts';

export const ROLE_CASES: RuleCase[] = [
  {
    rule: 'edge-alone',
    when: 'an Edge server in the perimeter also runs Hub Transport',
    fires: base().perimeter().server('EDGE01', ['HubTransport', 'EdgeTransport']).build(),
    subjects: ['edge01'],
    names: ['EDGE01', 'Hub Transport'],
    quiet: base().perimeter().server('EDGE01', ['EdgeTransport']).build(),
  },
  {
    rule: 'edge-alone',
    when: 'an internal server was given Edge Transport too',
    fires: base()
      .perimeter()
      .site('br', 'ad-site', 'Branch')
      .gc('DC02')
      .server('EX02', ['ClientAccess', 'EdgeTransport'])
      .build(),
    subjects: ['ex02'],
    names: ['EX02', 'Client Access'],
    quiet: base()
      .perimeter()
      .site('br', 'ad-site', 'Branch')
      .gc('DC02')
      .server('EX02', ['ClientAccess'])
      .build(),
  },
  {
    rule: 'edge-outside-forest',
    when: 'an Edge server sits in an AD site and there is no perimeter site',
    fires: base().server('EDGE01', ['EdgeTransport']).build(),
    subjects: ['edge01'],
    names: ['EDGE01', 'Head office'],
    quiet: base().perimeter().server('EDGE01', ['EdgeTransport']).build(),
  },
  {
    rule: 'edge-outside-forest',
    when: 'an Edge server sits in an AD site beside a perimeter site',
    fires: plan()
      .perimeter()
      .site('hq', 'ad-site', 'Head office')
      .gc()
      .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
      .server('EDGE01', ['EdgeTransport'])
      .build(),
    subjects: ['edge01'],
    names: ['EDGE01', 'Head office'],
    quiet: plan()
      .perimeter()
      .server('EDGE01', ['EdgeTransport'])
      .site('hq', 'ad-site', 'Head office')
      .gc()
      .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
      .build(),
  },
  {
    rule: 'role-needs-forest',
    when: 'a Client Access server is in the perimeter network',
    fires: base().perimeter('dmz', 'DMZ').server('EX02', ['ClientAccess']).build(),
    subjects: ['ex02'],
    names: ['EX02', 'DMZ', 'Client Access'],
    quiet: base().perimeter('dmz', 'DMZ').server('EX02', ['ClientAccess'], { site: 'hq' }).build(),
  },
  {
    rule: 'cluster-mailbox-only',
    when: 'a cluster node also runs Hub Transport',
    fires: withCcr(base(), { roles: ['Mailbox', 'HubTransport'] }).build(),
    subjects: ['mb01', 'cms01'],
    names: ['MB01', 'CMS01', 'Hub Transport'],
    quiet: withCcr().build(),
  },
  {
    rule: 'cluster-node-mailbox',
    when: 'a cluster node has no Mailbox role',
    fires: withCcr(base(), { roles: [] }).build(),
    subjects: ['mb01', 'cms01'],
    names: ['MB01', 'CMS01'],
    quiet: withCcr().build(),
  },
  {
    rule: 'legacy-no-2007-roles',
    when: 'an Exchange 2003 server lists Hub Transport',
    fires: base()
      .server('EX2003', ['HubTransport'], { product: 'exchange2003', legacyServicePack: 2 })
      .build(),
    subjects: ['ex2003'],
    names: ['EX2003', 'Exchange 2003', 'Hub Transport'],
    quiet: base().server('EX2003', [], { product: 'exchange2003', legacyServicePack: 2 }).build(),
  },
];
