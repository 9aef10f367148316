// Cases for "Operating system, edition, hardware".
import { plan } from '../../model/builder.ts';
import type { Server } from '../../model/schema.ts';
import { base, withCcr } from './baseline.ts';
import type { RuleCase } from './ruleCase.ts';

const withEx02 = (
  fields: Partial<Server>,
  roles: Server['roles'] = ['ClientAccess'],
  sp: 'RTM' | 'SP1' | 'SP2' | 'SP3' = 'SP1',
) => base(sp).server('EX02', roles, fields).build();

type DcFields = Parameters<ReturnType<typeof plan>['gc']>[1];

/**
 * Head office with cores stated everywhere: the Client Access/Hub Transport server's and DC01's
 * cores as given, 3 Mailbox servers of 8 cores (the last one's unstated with null).
 */
const sized = (
  hubCores: number,
  gcCores: number | undefined,
  lastMailboxCores: number | null = 8,
  frontRoles: Server['roles'] = ['ClientAccess', 'HubTransport'],
  dc: DcFields = {},
) => sizedBuilder(hubCores, gcCores, lastMailboxCores, frontRoles, dc).build();

const sizedBuilder = (
  hubCores: number,
  gcCores: number | undefined,
  lastMailboxCores: number | null,
  frontRoles: Server['roles'],
  dc: DcFields,
) =>
  plan()
    .site('hq', 'ad-site', 'Head office')
    .gc('DC01', { ...dc, ...(gcCores === undefined ? {} : { cores: gcCores }) })
    .server('CAHT01', frontRoles, { cores: hubCores })
    .server('MB01', ['Mailbox'], { cores: 8 })
    .server('MB02', ['Mailbox'], { cores: 8 })
    .server('MB03', ['Mailbox'], lastMailboxCores === null ? {} : { cores: lastMailboxCores });

/** 24 Mailbox cores; DC01 (x64, 2 cores) and DC02 (x64, 10 cores), read-only or not. */
const withReadOnly = (readOnly: boolean) =>
  sizedBuilder(8, 2, 8, ['ClientAccess', 'HubTransport'], { arch: 'x64' })
    .gc('DC02', { arch: 'x64', cores: 10, os: 'windows2008', readOnly })
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
    when: 'a Client Access server has 6 cores (maximum 4)',
    fires: withEx02({ cores: 6 }),
    subjects: ['ex02'],
    names: ['EX02', '6', 'maximum of 4 for a Client Access server'],
    quiet: withEx02({ cores: 4 }),
  },
  {
    rule: 'max-cores',
    when: 'a Hub Transport server has 12 cores (maximum 8)',
    fires: withEx02({ cores: 12 }, ['HubTransport']),
    subjects: ['ex02'],
    names: ['EX02', '12', 'maximum of 8 for a Hub Transport server'],
    quiet: withEx02({ cores: 8 }, ['HubTransport']),
  },
  {
    rule: 'max-cores',
    when: 'a Mailbox server has 10 cores (maximum 8)',
    fires: withEx02({ cores: 10 }, ['Mailbox']),
    subjects: ['ex02'],
    names: ['EX02', '10', 'maximum of 8 for a Mailbox server'],
    quiet: withEx02({ cores: 8 }, ['Mailbox']),
  },
  {
    rule: 'max-cores',
    when: 'a server combining Mailbox and Hub Transport has 6 cores (maximum 4)',
    fires: withEx02({ cores: 6 }, ['Mailbox', 'HubTransport']),
    subjects: ['ex02'],
    names: ['EX02', '6', 'maximum of 4 for a server combining Mailbox and Hub Transport'],
    quiet: withEx02({ cores: 4 }, ['Mailbox', 'HubTransport']),
  },
  {
    rule: 'max-cores',
    when: 'a Unified Messaging server has 6 cores (maximum 4)',
    fires: withEx02({ cores: 6 }, ['UnifiedMessaging']),
    subjects: ['ex02'],
    names: ['EX02', '6', 'maximum of 4 for a Unified Messaging server'],
    quiet: withEx02({ cores: 4 }, ['UnifiedMessaging']),
  },
  {
    rule: 'max-cores',
    when: 'an Edge Transport server has 6 cores (maximum 4)',
    fires: base().perimeter().server('EDGE01', ['EdgeTransport'], { cores: 6 }).build(),
    subjects: ['edge01'],
    names: ['EDGE01', '6', 'maximum of 4 for an Edge Transport server'],
    quiet: base().perimeter().server('EDGE01', ['EdgeTransport'], { cores: 4 }).build(),
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
    rule: 'hub-mailbox-ratio',
    when: 'the site has Hub Transport cores too few, but the same site without Hub Transport is quiet',
    fires: sized(2, undefined),
    subjects: ['hq'],
    names: ['Head office', '2 Hub Transport cores'],
    quiet: sized(2, undefined, 8, ['ClientAccess']),
  },
  {
    rule: 'gc-mailbox-ratio',
    when: 'a catalog that does not state arch is counted as 32-bit (1 core per 4)',
    fires: sized(8, 2),
    subjects: ['hq'],
    names: [
      'Head office',
      '2 global catalog cores',
      '24 Mailbox cores',
      'DC01 does not state arch: counted as 32-bit, 1 core per 4',
    ],
    quiet: sized(8, 6),
  },
  {
    rule: 'gc-mailbox-ratio',
    when: 'every catalog is 64-bit (1 core per 8)',
    fires: sized(8, 2, 8, undefined, { arch: 'x64' }),
    subjects: ['hq'],
    names: ['2 global catalog cores', '1 core per 8'],
    quiet: sized(8, 3, 8, undefined, { arch: 'x64' }),
  },
  {
    rule: 'gc-mailbox-ratio',
    when: 'a 32-bit catalog makes it 1 core per 4',
    fires: sized(8, 3, 8, undefined, { arch: 'x86' }),
    subjects: ['hq'],
    names: ['DC01 is 32-bit: 1 core per 4', 'at least 6'],
    quiet: sized(8, 6, 8, undefined, { arch: 'x86' }),
  },
  {
    rule: 'gc-mailbox-ratio',
    when: 'a read-only catalog counts for nothing',
    fires: withReadOnly(true),
    subjects: ['hq'],
    names: ['2 global catalog cores'],
    quiet: withReadOnly(false),
  },
  {
    rule: 'gc-mailbox-ratio',
    when: 'the only catalog is read-only: quiet (site-needs-gc says so)',
    fires: sized(8, 1, 8, undefined, { arch: 'x64' }),
    subjects: ['hq'],
    names: ['1 global catalog core for'],
    quiet: sized(8, 1, 8, undefined, { arch: 'x64', readOnly: true, os: 'windows2008' }),
  },
  {
    rule: 'exchange-on-dc',
    when: 'a Client Access server is a domain controller',
    fires: withEx02({ domainController: true }),
    subjects: ['ex02'],
    names: ['EX02', 'demoted'],
    quiet: withEx02({ domainController: true }, []),
  },
  {
    rule: 'exchange-on-dc',
    when: 'a cluster node is a domain controller (cluster-node-not-dc alone)',
    fires: withEx02({ domainController: true, globalCatalog: true }, ['Mailbox']),
    subjects: ['ex02'],
    names: ['EX02'],
    quiet: withCcr(base(), { domainController: true, globalCatalog: true }).build(),
  },
];
