// Cases for "Replication (SCR, LCR)".
import { base, withCcr } from './baseline.ts';
import type { RuleCase } from './ruleCase.ts';

const LINK = 'scr-ex01-ex09';

export const REPLICATION_CASES: RuleCase[] = [
  {
    rule: 'scr-needs-sp1',
    when: 'an SCR link in an RTM plan',
    fires: base('RTM').server('EX09', ['Mailbox']).link('scr', 'ex01', 'ex09').build(),
    subjects: [LINK],
    names: ['EX01', 'EX09', 'RTM'],
    quiet: base('SP1').server('EX09', ['Mailbox']).link('scr', 'ex01', 'ex09').build(),
  },
  {
    rule: 'scr-source',
    when: 'the source is a Client Access server',
    fires: base()
      .server('EX02', ['ClientAccess'])
      .server('EX09', ['Mailbox'])
      .link('scr', 'ex02', 'ex09')
      .build(),
    subjects: ['scr-ex02-ex09', 'ex02'],
    names: ['EX02', 'EX09'],
    quiet: base()
      .server('EX02', ['ClientAccess'])
      .server('EX09', ['Mailbox'])
      .link('scr', 'ex01', 'ex09')
      .build(),
  },
  {
    rule: 'scr-source',
    when: 'a clustered mailbox server is a valid source (fires for a role-less server)',
    fires: withCcr().server('EX02', []).server('EX09', ['Mailbox']).link('scr', 'ex02', 'ex09').build(),
    subjects: ['scr-ex02-ex09', 'ex02'],
    names: ['EX02'],
    quiet: withCcr().server('EX02', []).server('EX09', ['Mailbox']).link('scr', 'cms01', 'ex09').build(),
  },
  {
    rule: 'scr-source',
    when: 'the source is a node of a clustered mailbox server (link from the cluster instead)',
    fires: withCcr().server('EX09', ['Mailbox']).link('scr', 'mb01', 'ex09').build(),
    subjects: ['scr-mb01-ex09', 'mb01'],
    names: ['MB01', 'CMS01', 'EX09'],
    quiet: withCcr().server('EX09', ['Mailbox']).link('scr', 'cms01', 'ex09').build(),
  },
  {
    rule: 'scr-source',
    when: 'the source is a standby cluster',
    fires: withCcr(base(), {}, { witness: 'ex01', standby: true })
      .server('EX09', ['Mailbox'])
      .link('scr', 'cms01', 'ex09')
      .build(),
    subjects: ['scr-cms01-ex09', 'cms01'],
    names: ['CMS01', 'standby'],
    quiet: withCcr().server('EX09', ['Mailbox']).link('scr', 'cms01', 'ex09').build(),
  },
  {
    rule: 'scr-target',
    when: 'the target has LCR enabled',
    fires: base().server('EX09', ['Mailbox'], { lcr: true }).link('scr', 'ex01', 'ex09').build(),
    subjects: [LINK, 'ex09'],
    names: ['EX09', 'LCR'],
    quiet: base().server('EX09', ['Mailbox']).link('scr', 'ex01', 'ex09').build(),
  },
  {
    rule: 'scr-target',
    when: 'the target has no Mailbox role',
    fires: base().server('EX09', ['ClientAccess']).link('scr', 'ex01', 'ex09').build(),
    subjects: [LINK, 'ex09'],
    names: ['EX09', 'Mailbox'],
    quiet: base().server('EX09', ['ClientAccess', 'Mailbox']).link('scr', 'ex01', 'ex09').build(),
  },
  {
    rule: 'scr-target',
    when: 'the target is a cluster node',
    fires: withCcr().link('scr', 'ex01', 'mb02').build(),
    subjects: ['scr-ex01-mb02', 'mb02'],
    names: ['MB02', 'CMS01', 'not a standby cluster'],
    quiet: withCcr(base(), {}, { witness: 'ex01', standby: true }).link('scr', 'ex01', 'mb02').build(),
  },
  {
    rule: 'scr-target',
    when: 'a node of a standby cluster has LCR enabled',
    fires: withCcr(base(), { lcr: true }, { witness: 'ex01', standby: true })
      .link('scr', 'ex01', 'mb01')
      .build(),
    subjects: ['scr-ex01-mb01', 'mb01'],
    names: ['MB01', 'LCR'],
    quiet: withCcr(base(), {}, { witness: 'ex01', standby: true }).link('scr', 'ex01', 'mb01').build(),
  },
  {
    rule: 'lcr-standalone',
    when: 'a cluster node has LCR enabled',
    fires: withCcr(base(), { lcr: true }).build(),
    subjects: ['mb01'],
    names: ['MB01', 'CMS01'],
    quiet: withCcr().server('EX09', ['Mailbox'], { lcr: true }).build(),
  },
  {
    rule: 'lcr-standalone',
    when: 'a server without the Mailbox role has LCR enabled',
    fires: base().server('EX09', ['ClientAccess'], { lcr: true }).build(),
    subjects: ['ex09'],
    names: ['EX09', 'Mailbox'],
    quiet: base().server('EX09', ['ClientAccess', 'Mailbox'], { lcr: true }).build(),
  },
];
