// rules.md v2, "Clusters", case by case from the table.
import { describe, expect, it } from 'vitest';
import { adSite, cluster, node, server, subjects, withClean, type Doc } from './harness.ts';

/** A cluster C1 of `n` good nodes in hq, plus extra cluster fields. */
function clusterOf(type: 'CCR' | 'SCC', n: number, fields: Record<string, unknown> = {}): Doc {
  const nodes = Array.from({ length: n }, (_, i) => node(`N${i + 1}`, 'c1', { site: 'hq' }));
  return withClean({
    servers: nodes,
    clusters: [cluster('C1', type, { ...(type === 'CCR' ? { witness: 'hq-hc' } : {}), ...fields })],
  });
}

describe('ccr-two-nodes', () => {
  it.each([0, 1, 3])('fires for a CCR cluster of %i nodes', (n) => {
    expect(subjects(clusterOf('CCR', n), 'ccr-two-nodes')).toEqual([['c1']]);
  });
  it('is quiet for 2 nodes, and never looks at SCC clusters', () => {
    expect(subjects(clusterOf('CCR', 2), 'ccr-two-nodes')).toEqual([]);
    expect(subjects(clusterOf('SCC', 3), 'ccr-two-nodes')).toEqual([]);
  });
  it('applies to a standby CCR cluster as well', () => {
    expect(subjects(clusterOf('CCR', 1, { standby: true }), 'ccr-two-nodes')).toEqual([['c1']]);
  });
});

describe('scc-node-count', () => {
  it.each([0, 1, 9])('fires for an SCC cluster of %i nodes', (n) => {
    expect(subjects(clusterOf('SCC', n), 'scc-node-count')).toEqual([['c1']]);
  });
  it.each([2, 8])('is quiet for %i nodes', (n) => {
    expect(subjects(clusterOf('SCC', n), 'scc-node-count')).toEqual([]);
  });
  it('never looks at CCR clusters', () => {
    expect(subjects(clusterOf('CCR', 1), 'scc-node-count')).toEqual([]);
  });
});

describe('cluster-one-site', () => {
  const split = (second: Record<string, unknown>) =>
    withClean({
      sites: [adSite('br')],
      servers: [node('N1', 'c1', { site: 'hq' }), node('N2', 'c1', second)],
      clusters: [cluster('C1', 'SCC')],
    });
  it('fires for nodes in two sites, naming the cluster then its nodes', () => {
    const [found] = subjects(split({ site: 'br' }), 'cluster-one-site');
    expect(found?.[0]).toBe('c1');
    expect([...(found ?? [])].slice(1).sort()).toEqual(['n1', 'n2']);
  });
  it('fires when one node is unplaced', () => {
    expect(subjects(split({}), 'cluster-one-site')).toHaveLength(1);
  });
  it('fires when every node is unplaced (each unplaced node counts as a site of its own)', () => {
    const doc = { servers: [node('N1', 'c1'), node('N2', 'c1')], clusters: [cluster('C1', 'SCC')] };
    expect(subjects(doc, 'cluster-one-site')).toHaveLength(1);
  });
  it('is quiet when every node is in one site', () => {
    expect(subjects(split({ site: 'hq' }), 'cluster-one-site')).toEqual([]);
  });
});

describe('cluster editions', () => {
  const nodeWith = (fields: Record<string, unknown>) =>
    withClean({
      servers: [node('N1', 'c1', { site: 'hq', ...fields }), node('N2', 'c1', { site: 'hq' })],
      clusters: [cluster('C1', 'SCC')],
    });
  const absent = (field: string) => {
    const doc = nodeWith({});
    delete (doc.servers![2] as Record<string, unknown>)[field];
    return doc;
  };
  it('cluster-exchange-enterprise fires for a standard node and for one that leaves the edition out', () => {
    expect(subjects(nodeWith({ exchangeEdition: 'standard' }), 'cluster-exchange-enterprise')).toEqual([
      ['n1', 'c1'],
    ]);
    expect(subjects(absent('exchangeEdition'), 'cluster-exchange-enterprise')).toEqual([['n1', 'c1']]);
  });
  it('cluster-exchange-enterprise is quiet for enterprise', () => {
    expect(subjects(nodeWith({}), 'cluster-exchange-enterprise')).toEqual([]);
  });
  it('cluster-windows-enterprise fires for a standard node and for one that leaves the edition out', () => {
    expect(subjects(nodeWith({ windowsEdition: 'standard' }), 'cluster-windows-enterprise')).toEqual([
      ['n1', 'c1'],
    ]);
    expect(subjects(absent('windowsEdition'), 'cluster-windows-enterprise')).toEqual([['n1', 'c1']]);
  });
  it.each(['enterprise', 'datacenter'])('cluster-windows-enterprise is quiet for %s', (windowsEdition) => {
    expect(subjects(nodeWith({ windowsEdition }), 'cluster-windows-enterprise')).toEqual([]);
  });
  it('a standalone server of standard editions is never a cluster finding', () => {
    expect(subjects(withClean({}), 'cluster-exchange-enterprise')).toEqual([]);
    expect(subjects(withClean({}), 'cluster-windows-enterprise')).toEqual([]);
  });
});

describe('cluster-node-not-dc', () => {
  const dcNode = (domainController: boolean) =>
    withClean({
      servers: [node('N1', 'c1', { site: 'hq', domainController }), node('N2', 'c1', { site: 'hq' })],
      clusters: [cluster('C1', 'SCC')],
    });
  it('fires for a node that is a domain controller, and exchange-on-dc stays quiet for it', () => {
    expect(subjects(dcNode(true), 'cluster-node-not-dc')).toEqual([['n1', 'c1']]);
    expect(subjects(dcNode(true), 'exchange-on-dc')).toEqual([]);
  });
  it('is quiet otherwise', () => {
    expect(subjects(dcNode(false), 'cluster-node-not-dc')).toEqual([]);
  });
});

describe('ccr-witness', () => {
  it('warns for a CCR cluster without a witness', () => {
    expect(subjects(clusterOf('CCR', 2, { witness: undefined }), 'ccr-witness')).toEqual([['c1']]);
  });
  it('warns when the witness is one of its own nodes', () => {
    expect(subjects(clusterOf('CCR', 2, { witness: 'n1' }), 'ccr-witness')).toEqual([['c1']]);
  });
  it('is quiet with a witness elsewhere, and for SCC clusters', () => {
    expect(subjects(clusterOf('CCR', 2), 'ccr-witness')).toEqual([]);
    expect(subjects(clusterOf('SCC', 2, { witness: undefined }), 'ccr-witness')).toEqual([]);
  });
});

describe('ccr-witness-hub', () => {
  it('notes a witness that is not a Hub Transport server', () => {
    const doc = clusterOf('CCR', 2, { witness: 'fs01' });
    doc.servers!.push(server('FS01', [], { site: 'hq' }));
    expect(subjects(doc, 'ccr-witness-hub')).toEqual([['c1']]);
  });
  it('notes a Hub Transport witness in another site', () => {
    const doc = clusterOf('CCR', 2, { witness: 'hub9' });
    doc.sites!.push(adSite('br'));
    doc.servers!.push(server('HUB9', ['HubTransport', 'ClientAccess'], { site: 'br' }));
    doc.infrastructure!.push({
      id: 'dc9',
      kind: 'domain-controller',
      name: 'DC9',
      site: 'br',
      globalCatalog: true,
    });
    expect(subjects(doc, 'ccr-witness-hub')).toEqual([['c1']]);
  });
  it('is quiet for a Hub Transport witness in the nodes\u2019 site, and for SCC clusters', () => {
    expect(subjects(clusterOf('CCR', 2), 'ccr-witness-hub')).toEqual([]);
    const scc = clusterOf('SCC', 2, { witness: undefined });
    expect(subjects(scc, 'ccr-witness-hub')).toEqual([]);
  });
  it('is info, and an absent witness is ccr-witness\u2019s (reading: no note about a witness that does not exist)', () => {
    expect(subjects(clusterOf('CCR', 2, { witness: undefined }), 'ccr-witness-hub')).toEqual([]);
  });
});
