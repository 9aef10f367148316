// rules.md v2, "Replication (SCR, LCR)", case by case from the table.
import { describe, expect, it } from 'vitest';
import { cluster, gc, link, node, server, subjects, withClean, type Doc } from './harness.ts';

/**
 * hq with standalone Mailbox servers MB1 and MB2 (MB3 has LCR), a CCR cluster CMS1 (nodes N1, N2),
 * a standby cluster SB1 (nodes S1, S2), a Hub server HUB1, and the given links.
 */
function replication(links: Doc['links'], exchange?: Doc['exchange']): Doc {
  const at = { site: 'hq' };
  return withClean({
    exchange,
    servers: [
      server('MB1', ['Mailbox'], at),
      server('MB2', ['Mailbox'], at),
      server('MB3', ['Mailbox'], { ...at, lcr: true }),
      server('HUB1', ['HubTransport'], at),
      node('N1', 'cms1', at),
      node('N2', 'cms1', at),
      node('S1', 'sb1', at),
      node('S2', 'sb1', at),
    ],
    clusters: [
      cluster('CMS1', 'CCR', { witness: 'hq-hc' }),
      cluster('SB1', 'CCR', { witness: 'hq-hc', standby: true }),
    ],
    infrastructure: [gc('DC2', { site: 'hq' })],
    links,
  });
}

describe('scr-needs-sp1', () => {
  it('fires for every scr link when the build is RTM', () => {
    const doc = replication([link('scr', 'mb1', 'mb2', 'a'), link('scr', 'cms1', 's1', 'b')], {
      servicePack: 'RTM',
    });
    expect(subjects(doc, 'scr-needs-sp1')).toEqual([['a'], ['b']]);
  });
  it.each(['SP1', 'SP2', 'SP3'])('is quiet on %s', (servicePack) => {
    expect(subjects(replication([link('scr', 'mb1', 'mb2', 'a')], { servicePack }), 'scr-needs-sp1')).toEqual(
      [],
    );
  });
  it('is quiet on RTM without scr links', () => {
    expect(subjects(replication([], { servicePack: 'RTM' }), 'scr-needs-sp1')).toEqual([]);
  });
});

describe('scr-source', () => {
  it('fires for a source without Mailbox, naming link then source', () => {
    expect(subjects(replication([link('scr', 'hub1', 'mb2', 'l')]), 'scr-source')).toEqual([['l', 'hub1']]);
  });
  it('fires for a cluster node as source (the link must come from the cluster)', () => {
    expect(subjects(replication([link('scr', 'n1', 'mb2', 'l')]), 'scr-source')).toEqual([['l', 'n1']]);
  });
  it('fires for a standby cluster as source', () => {
    expect(subjects(replication([link('scr', 'sb1', 'mb2', 'l')]), 'scr-source')).toEqual([['l', 'sb1']]);
  });
  it('is quiet for a standalone Mailbox server and for a clustered mailbox server', () => {
    expect(
      subjects(replication([link('scr', 'mb1', 'mb2', 'a'), link('scr', 'cms1', 's1', 'b')]), 'scr-source'),
    ).toEqual([]);
  });
  it('leaves a source that is neither server nor cluster to link-endpoints', () => {
    const doc = replication([link('scr', 'dc2', 'mb2', 'l')]);
    expect(subjects(doc, 'scr-source')).toEqual([]);
    expect(subjects(doc, 'link-endpoints')).toEqual([['l']]);
  });
});

describe('scr-target', () => {
  it('fires for a target without Mailbox, naming link then target', () => {
    expect(subjects(replication([link('scr', 'mb1', 'hub1', 'l')]), 'scr-target')).toEqual([['l', 'hub1']]);
  });
  it('fires for a target with LCR (and lcr-standalone stays quiet: MB3 is standalone Mailbox)', () => {
    const doc = replication([link('scr', 'mb1', 'mb3', 'l')]);
    expect(subjects(doc, 'scr-target')).toEqual([['l', 'mb3']]);
    expect(subjects(doc, 'lcr-standalone')).toEqual([]);
  });
  it('fires for a node of a cluster that is not standby', () => {
    expect(subjects(replication([link('scr', 'mb1', 'n2', 'l')]), 'scr-target')).toEqual([['l', 'n2']]);
  });
  it('is quiet for a standalone Mailbox server and for a node of a standby cluster', () => {
    expect(
      subjects(replication([link('scr', 'mb1', 'mb2', 'a'), link('scr', 'cms1', 's2', 'b')]), 'scr-target'),
    ).toEqual([]);
  });
  it('leaves a cluster as target to link-endpoints', () => {
    const doc = replication([link('scr', 'mb1', 'sb1', 'l')]);
    expect(subjects(doc, 'scr-target')).toEqual([]);
    expect(subjects(doc, 'link-endpoints')).toEqual([['l']]);
  });
  it('one link can be wrong at both ends: one scr-source and one scr-target finding', () => {
    const doc = replication([link('scr', 'hub1', 'n1', 'l')]);
    expect(subjects(doc, 'scr-source')).toEqual([['l', 'hub1']]);
    expect(subjects(doc, 'scr-target')).toEqual([['l', 'n1']]);
  });
});

describe('lcr-standalone', () => {
  it('fires for LCR on a cluster node', () => {
    const doc = replication([]);
    Object.assign(
      doc.servers!.find((s) => s.id === 'n1')!,
      { lcr: true },
    );
    expect(subjects(doc, 'lcr-standalone')).toEqual([['n1']]);
  });
  it('fires for LCR on a node of a standby cluster', () => {
    const doc = replication([]);
    Object.assign(
      doc.servers!.find((s) => s.id === 's1')!,
      { lcr: true },
    );
    expect(subjects(doc, 'lcr-standalone')).toEqual([['s1']]);
  });
  it('fires for LCR on a server without Mailbox', () => {
    const doc = replication([]);
    Object.assign(
      doc.servers!.find((s) => s.id === 'hub1')!,
      { lcr: true },
    );
    expect(subjects(doc, 'lcr-standalone')).toEqual([['hub1']]);
  });
  it('is quiet for LCR on a standalone Mailbox server, and for lcr false or absent', () => {
    expect(subjects(replication([]), 'lcr-standalone')).toEqual([]);
  });
});
