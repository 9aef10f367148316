// Cases for "Clusters".
import { updateCluster } from '../../model/edits.ts';
import { base, ENTERPRISE, withCcr, withScc } from './baseline.ts';
import type { RuleCase } from './ruleCase.ts';

const threeNodeCcr = () => withCcr().server('MB03', ['Mailbox'], { ...ENTERPRISE, cluster: 'cms01' });

export const CLUSTER_CASES: RuleCase[] = [
  {
    rule: 'ccr-two-nodes',
    when: 'a CCR cluster has three nodes',
    fires: threeNodeCcr().build(),
    subjects: ['cms01'],
    names: ['CMS01', '3 nodes'],
    quiet: withCcr().build(),
  },
  {
    rule: 'ccr-two-nodes',
    when: 'a CCR cluster has one node',
    fires: base()
      .server('MB01', ['Mailbox'], ENTERPRISE)
      .cluster('CMS01', 'CCR', ['mb01'], { witness: 'ex01' })
      .build(),
    subjects: ['cms01'],
    names: ['CMS01', '1 node'],
    quiet: withCcr().build(),
  },
  {
    rule: 'scc-node-count',
    when: 'an SCC cluster has one node',
    fires: withScc(1).build(),
    subjects: ['cms01'],
    names: ['CMS01', '1 node'],
    quiet: withScc(2).build(),
  },
  {
    rule: 'scc-node-count',
    when: 'an SCC cluster has nine nodes',
    fires: withScc(9).build(),
    subjects: ['cms01'],
    names: ['CMS01', '9 nodes'],
    quiet: withScc(8).build(),
  },
  {
    rule: 'cluster-one-site',
    when: 'the nodes are in two sites',
    fires: withCcr(
      base()
        .site('br', 'ad-site', 'Branch')
        .gc('DC02')
        .server('EX02', ['Mailbox', 'ClientAccess', 'HubTransport']),
      { site: 'hq' },
    ).build(),
    subjects: ['cms01', 'mb01', 'mb02'],
    names: ['CMS01', 'MB01', 'MB02', 'Head office', 'Branch'],
    quiet: withCcr().build(),
  },
  {
    rule: 'cluster-one-site',
    when: 'one node is not placed',
    fires: withCcr(base(), { site: undefined }).build(),
    subjects: ['cms01', 'mb01', 'mb02'],
    names: ['CMS01', 'MB01', 'MB02'],
    quiet: withCcr().build(),
  },
  {
    rule: 'cluster-exchange-enterprise',
    when: 'a node has Exchange Standard Edition',
    fires: withCcr(base(), { exchangeEdition: 'standard' }).build(),
    subjects: ['mb01', 'cms01'],
    names: ['MB01', 'CMS01'],
    quiet: withCcr().build(),
  },
  {
    rule: 'cluster-windows-enterprise',
    when: 'a node runs Windows Standard Edition',
    fires: withCcr(base(), { windowsEdition: 'standard' }).build(),
    subjects: ['mb01', 'cms01'],
    names: ['MB01', 'CMS01'],
    quiet: withCcr(base(), { windowsEdition: 'datacenter' }).build(),
  },
  {
    rule: 'cluster-node-not-dc',
    when: 'a node is a domain controller',
    fires: withCcr(base(), { domainController: true, globalCatalog: true }).build(),
    subjects: ['mb01', 'cms01'],
    names: ['MB01', 'CMS01'],
    quiet: withCcr().build(),
  },
  {
    rule: 'ccr-witness',
    when: 'a CCR cluster has no witness',
    fires: withCcr(base(), {}, {}).build(),
    subjects: ['cms01'],
    names: ['CMS01'],
    quiet: withCcr().build(),
  },
  {
    rule: 'ccr-witness',
    when: 'the witness is one of its own nodes',
    fires: withCcr(base(), {}, { witness: 'mb02' }).build(),
    subjects: ['cms01'],
    names: ['CMS01', 'MB02'],
    quiet: withCcr().build(),
  },
  {
    rule: 'ccr-witness-hub',
    when: 'the witness is a Client Access server',
    fires: withCcr(base().server('EX02', ['ClientAccess']), {}, { witness: 'ex02' }).build(),
    subjects: ['cms01'],
    names: ['CMS01', 'EX02', 'Head office'],
    quiet: withCcr(base().server('EX02', ['ClientAccess'])).build(),
  },
  {
    rule: 'cms-data-path',
    when: 'the SCC data path holds a % that cmd.exe would expand',
    fires: withScc(2)
      .with((p) => updateCluster(p, 'cms01', { dataPath: 'S:\\Exchange%TEMP%' }))
      .build(),
    subjects: ['cms01'],
    names: ['CMS01', 'the character %'],
    quiet: withScc(2)
      .with((p) => updateCluster(p, 'cms01', { dataPath: 'S:\\Exchange Data (R&D)' }))
      .build(),
  },
  {
    rule: 'cms-data-path',
    when: 'the SCC data path is not absolute',
    fires: withScc(2)
      .with((p) => updateCluster(p, 'cms01', { dataPath: 'Exchange' }))
      .build(),
    subjects: ['cms01'],
    names: ['CMS01', 'absolute path'],
    quiet: withScc(2)
      .with((p) => updateCluster(p, 'cms01', { dataPath: 'E:\\Exchange' }))
      .build(),
  },
  {
    rule: 'cms-data-path',
    when: 'the data path holds a quote',
    fires: withScc(2)
      .with((p) => updateCluster(p, 'cms01', { dataPath: 'S:\\Ex"change' }))
      .build(),
    subjects: ['cms01'],
    names: ['the character "'],
    quiet: withScc(2).build(),
  },
];
