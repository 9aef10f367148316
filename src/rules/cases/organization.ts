// Cases for "Active Directory", "Coexistence with earlier versions", "Names" and "Redundancy notes".
import { updatePlan, updateSite } from '../../model/edits.ts';
import type { ActiveDirectory } from '../../model/schema.ts';
import { base, withCcr } from './baseline.ts';
import type { RuleCase } from './ruleCase.ts';

const ad = (activeDirectory: ActiveDirectory) =>
  base()
    .with((p) => updatePlan(p, { activeDirectory }))
    .build();
const legacy = (product: 'exchange2003' | 'exchange2000' | 'exchange55', sp?: number) =>
  base().server('LEG01', [], { product, ...(sp === undefined ? {} : { legacyServicePack: sp }) });

export const ACTIVE_DIRECTORY_CASES: RuleCase[] = [
  {
    rule: 'ad-domain-level',
    when: 'the domain is in Windows 2000 mixed mode',
    fires: ad({ domainFunctionalLevel: 'windows2000-mixed' }),
    subjects: [],
    names: ['Windows 2000 mixed'],
    quiet: ad({ domainFunctionalLevel: 'windows2000-native' }),
  },
  {
    rule: 'ad-domain-level',
    when: 'the domain is at Windows Server 2003 interim level',
    fires: ad({ domainFunctionalLevel: 'windows2003-interim' }),
    subjects: [],
    names: ['Windows Server 2003 interim'],
    quiet: ad({ domainFunctionalLevel: 'windows2003' }),
  },
  {
    rule: 'ad-schema-master',
    when: 'the schema master runs Windows 2000',
    fires: ad({ schemaMasterOs: 'windows2000' }),
    subjects: [],
    names: ['Windows 2000 Server'],
    quiet: ad({ schemaMasterOs: 'windows2003' }),
  },
];

export const COEXISTENCE_CASES: RuleCase[] = [
  {
    rule: 'legacy-exchange55',
    when: 'an Exchange 5.5 server remains',
    fires: legacy('exchange55').build(),
    subjects: ['leg01'],
    names: ['LEG01'],
    quiet: legacy('exchange2003', 2).build(),
  },
  {
    rule: 'legacy-native-mode',
    when: 'the Exchange 2003 organization is in mixed mode',
    fires: legacy('exchange2003', 2)
      .with((p) => updatePlan(p, { legacyMode: 'mixed' }))
      .build(),
    subjects: [],
    names: ['LEG01', 'mixed mode', 'native mode'],
    quiet: legacy('exchange2003', 2)
      .with((p) => updatePlan(p, { legacyMode: 'native' }))
      .build(),
  },
  {
    rule: 'legacy-native-mode',
    when: 'mixed mode with an Exchange 2000 server; quiet once no Exchange 2000/2003 server remains',
    fires: legacy('exchange2000', 3)
      .with((p) => updatePlan(p, { legacyMode: 'mixed' }))
      .build(),
    subjects: [],
    names: ['LEG01', 'Exchange 2000'],
    quiet: base()
      .with((p) => updatePlan(p, { legacyMode: 'mixed' }))
      .build(),
  },
  {
    rule: 'legacy-service-pack',
    when: 'Exchange 2003 SP1',
    fires: legacy('exchange2003', 1).build(),
    subjects: ['leg01'],
    names: ['LEG01', 'Exchange 2003 SP1', 'SP2'],
    quiet: legacy('exchange2003').build(),
  },
  {
    rule: 'legacy-service-pack',
    when: 'Exchange 2000 SP2',
    fires: legacy('exchange2000', 2).build(),
    subjects: ['leg01'],
    names: ['LEG01', 'Exchange 2000 SP2', 'SP3', 'KB870540'],
    quiet: legacy('exchange2000', 3).build(),
  },
  {
    rule: 'legacy-routing-group-connector',
    when: 'Exchange 2003 and a 2007 Hub Transport without a connector',
    fires: legacy('exchange2003', 2).build(),
    subjects: [],
    names: ['LEG01', 'EX01'],
    quiet: legacy('exchange2003', 2).link('routing-group-connector', 'ex01', 'leg01').build(),
  },
  {
    rule: 'legacy-link-state',
    when: 'two routing group connectors',
    fires: legacy('exchange2003', 2)
      .link('routing-group-connector', 'ex01', 'leg01')
      .link('routing-group-connector', 'leg01', 'ex01', 'rgc2')
      .build(),
    subjects: [],
    names: ['2 routing group connectors'],
    quiet: legacy('exchange2003', 2).link('routing-group-connector', 'ex01', 'leg01').build(),
  },
];

export const NAME_CASES: RuleCase[] = [
  {
    rule: 'name-invalid',
    when: 'a server name has a space',
    fires: base().server('EX 02', ['ClientAccess']).build(),
    subjects: ['ex 02'],
    names: ['EX 02'],
    quiet: base().server('EX-02', ['ClientAccess']).build(),
  },
  {
    rule: 'name-invalid',
    when: 'a domain controller name is digits only',
    fires: base().gc('2003', { id: 'dc2' }).build(),
    subjects: ['dc2'],
    names: ['2003'],
    quiet: base().gc('DC2003', { id: 'dc2' }).build(),
  },
  {
    rule: 'name-invalid',
    when: 'a cluster name is 16 characters',
    fires: withCcr(base(), {}, { witness: 'ex01', name: 'CONTOSO-MAILBOX1' }).build(),
    subjects: ['cms01'],
    names: ['CONTOSO-MAILBOX1'],
    quiet: withCcr(base(), {}, { witness: 'ex01', name: 'CONTOSO-MAILBOX' }).build(),
  },
  {
    rule: 'name-duplicate',
    when: 'a server and a domain controller share a name, ignoring case',
    fires: base().gc('ex01', { id: 'dc2' }).build(),
    subjects: ['ex01', 'dc2'],
    names: ['EX01', 'ex01'],
    quiet: base().gc('DC02', { id: 'dc2' }).build(),
  },
];

const organization = (organizationName: string) =>
  base()
    .with((p) => updatePlan(p, { organizationName }))
    .build();
const siteNamed = (name: string) =>
  base()
    .with((p) => updateSite(p, 'hq', { name }))
    .build();

export const TEXT_VALUE_CASES: RuleCase[] = [
  {
    rule: 'org-name-invalid',
    when: 'the organization name has a comma and a full stop',
    fires: organization('Contoso, Inc.'),
    subjects: [],
    names: ['organization name', 'letters A-Z'],
    quiet: organization('Contoso Inc'),
  },
  {
    rule: 'org-name-invalid',
    when: 'the organization name is 65 characters',
    fires: organization('C'.repeat(65)),
    subjects: [],
    names: ['65 characters'],
    quiet: organization('C'.repeat(64)),
  },
  {
    rule: 'org-name-invalid',
    when: 'the organization name ends with a space',
    fires: organization('Contoso '),
    subjects: [],
    names: ['begins or ends with a space'],
    quiet: organization('Contoso Ltd'),
  },
  {
    rule: 'org-name-invalid',
    when: 'the organization name has a letter outside A-Z',
    fires: organization('Café'),
    subjects: [],
    names: ['organization name'],
    quiet: organization('Cafe'),
  },
  {
    rule: 'site-name-invalid',
    when: 'a site name holds a line break',
    fires: siteNamed('Head\noffice'),
    subjects: ['hq'],
    names: ['control character'],
    quiet: siteNamed('Head office'),
  },
  {
    rule: 'site-name-invalid',
    when: 'a site name holds a right-to-left override',
    fires: siteNamed('Head \u202eoffice'),
    subjects: ['hq'],
    names: ['text-direction mark'],
    quiet: siteNamed("Head office 'North' $(x) & co"),
  },
];

export const REDUNDANCY_CASES: RuleCase[] = [
  {
    rule: 'single-hub',
    when: 'one Hub Transport serves the site',
    fires: base().build(),
    subjects: ['hq'],
    names: ['Head office', 'EX01'],
    quiet: base().server('EX02', ['HubTransport']).build(),
  },
  {
    rule: 'single-cas',
    when: 'one Client Access server serves the site',
    fires: base().build(),
    subjects: ['hq'],
    names: ['Head office', 'EX01'],
    quiet: base().server('EX02', ['ClientAccess']).build(),
  },
];
