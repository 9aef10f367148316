// Cases for "Operating system, edition, hardware".
import { plan } from '../../model/builder.ts';
import type { Server } from '../../model/schema.ts';
import { base } from './baseline.ts';
import type { RuleCase } from './ruleCase.ts';

const withEx02 = (
  fields: Partial<Server>,
  roles: Server['roles'] = ['ClientAccess'],
  sp: 'RTM' | 'SP1' | 'SP2' | 'SP3' = 'SP1',
) => base(sp).server('EX02', roles, fields).build();

/** Head office with cores stated everywhere: Hub Transport and GC cores as given, 3 Mailbox servers of 8 cores (the last one's unstated with null). */
const sized = (hubCores: number, gcCores: number | undefined, lastMailboxCores: number | null = 8) =>
  plan()
    .site('hq', 'ad-site', 'Head office')
    .gc('DC01', gcCores === undefined ? {} : { cores: gcCores })
    .server('CAHT01', ['ClientAccess', 'HubTransport'], { cores: hubCores })
    .server('MB01', ['Mailbox'], { cores: 8 })
    .server('MB02', ['Mailbox'], { cores: 8 })
    .server('MB03', ['Mailbox'], lastMailboxCores === null ? {} : { cores: lastMailboxCores })
    .build();

export const PLATFORM_CASES: RuleCase[] = [
  {
    rule: 'x64-required',
    when: 'a server with a role is 32-bit',
    fires: withEx02({ arch: 'x86' }),
    subjects: ['ex02'],
    names: ['EX02'],
    quiet: withEx02({ arch: 'x86' }, []),
  },
  {
    rule: 'os-supported',
    when: 'Windows Server 2008 under Exchange 2007 RTM',
    fires: withEx02({ os: 'windows2008' }, ['ClientAccess'], 'RTM'),
    subjects: ['ex02'],
    names: ['EX02', 'Windows Server 2008', 'RTM'],
    quiet: withEx02({ os: 'windows2008' }, ['ClientAccess'], 'SP1'),
  },
  {
    rule: 'os-supported',
    when: 'Windows Server 2008 R2 before SP3',
    fires: withEx02({ os: 'windows2008r2' }, ['ClientAccess'], 'SP2'),
    subjects: ['ex02'],
    names: ['EX02', 'Windows Server 2008 R2', 'SP3'],
    quiet: withEx02({ os: 'windows2008r2' }, ['ClientAccess'], 'SP3'),
  },
  {
    rule: 'os-supported',
    when: 'Windows Server 2003 RTM under any build',
    fires: withEx02({ os: 'windows2003-rtm' }, ['ClientAccess'], 'SP3'),
    subjects: ['ex02'],
    names: ['EX02', 'Windows Server 2003 RTM'],
    quiet: withEx02({ os: 'windows2003' }, ['ClientAccess'], 'RTM'),
  },
  {
    rule: 'storage-group-limit',
    when: 'Standard Edition with 6 storage groups',
    fires: withEx02({ storageGroups: 6 }, ['Mailbox']),
    subjects: ['ex02'],
    names: ['EX02', '6', 'Standard'],
    quiet: withEx02({ storageGroups: 5 }, ['Mailbox']),
  },
  {
    rule: 'storage-group-limit',
    when: 'Enterprise Edition with 51 storage groups',
    fires: withEx02({ storageGroups: 51, exchangeEdition: 'enterprise' }, ['Mailbox']),
    subjects: ['ex02'],
    names: ['EX02', '51', 'Enterprise'],
    quiet: withEx02({ storageGroups: 50, exchangeEdition: 'enterprise' }, ['Mailbox']),
  },
  {
    rule: 'max-cores',
    when: 'a server has 12 cores',
    fires: withEx02({ cores: 12 }),
    subjects: ['ex02'],
    names: ['EX02', '12', '8'],
    quiet: withEx02({ cores: 8 }),
  },
  {
    rule: 'max-cores',
    when: 'a Unified Messaging server has 6 cores',
    fires: withEx02({ cores: 6 }, ['UnifiedMessaging']),
    subjects: ['ex02'],
    names: ['EX02', '6', '4'],
    quiet: withEx02({ cores: 4 }, ['UnifiedMessaging']),
  },
  {
    rule: 'hub-mailbox-ratio',
    when: '2 Hub Transport cores for 24 Mailbox cores',
    fires: sized(2, undefined),
    subjects: ['hq'],
    names: ['Head office', '2 Hub Transport cores', '24 Mailbox cores'],
    quiet: sized(2, undefined, null),
  },
  {
    rule: 'gc-mailbox-ratio',
    when: '2 global catalog cores for 24 Mailbox cores',
    fires: sized(8, 2),
    subjects: ['hq'],
    names: ['Head office', '2 global catalog cores', '24 Mailbox cores'],
    quiet: sized(8, 3),
  },
];
