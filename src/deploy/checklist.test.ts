import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { renameItem, updateCluster } from '../model/edits.ts';
import type { Finding } from '../rules/types.ts';
import { checklist, checklistSteps } from './checklist.ts';
import { coexistence, figure1, figure2, figure3 } from './test-plans.ts';

const ids = (p: ReturnType<typeof figure1>, findings: Finding[] = []) =>
  checklistSteps(checklist(p, findings)).map((s) => s.id);
const before = (list: string[], a: string, b: string) => {
  expect(list).toContain(a);
  expect(list).toContain(b);
  expect(list.indexOf(a)).toBeLessThan(list.indexOf(b));
};

const error: Finding = {
  rule: 'edge-alone',
  severity: 'error',
  subjects: ['edge01'],
  message: 'EDGE01 runs Edge Transport with Hub Transport.',
};
const warning: Finding = {
  rule: 'ccr-witness',
  severity: 'warning',
  subjects: ['cms01'],
  message: 'CMS01 has no witness.',
};

describe('checklist', () => {
  it('orders the sections: prerequisites, Active Directory, installs by site', () => {
    expect(checklist(figure1()).sections.map((s) => s.id)).toEqual([
      'prerequisites',
      'active-directory',
      'install:hq',
      'install:dmz',
    ]);
  });

  it('installs Client Access, Hub Transport, Mailbox, Unified Messaging in that order within a site', () => {
    const list = ids(figure2());
    before(list, 'install:cas01', 'install:hub01');
    before(list, 'install:hub01', 'install:mbx01');
    before(list, 'install:mbx01', 'install:um01');
    expect(
      checklist(figure2())
        .sections.find((s) => s.id === 'install:hq')
        ?.steps.map((s) => s.id),
    ).toEqual(['install:cas01', 'install:hub01', 'install:mbx01', 'install:um01']);
  });

  it('installs the Edge after a Hub Transport exists, then subscribes it', () => {
    const list = ids(figure2());
    before(list, 'install:hub01', 'install:edge01');
    before(list, 'install:edge01', 'edge-subscription:edge01');
  });

  it('prepares Active Directory before any install, and names the new organization at /PrepareAD', () => {
    const list = ids(figure1());
    expect(list.filter((id) => id.startsWith('prepare-'))).toEqual([
      'prepare-schema',
      'prepare-ad',
      'prepare-domain',
    ]);
    before(list, 'prepare-domain', 'install:ex01');
    const steps = checklistSteps(checklist(figure1()));
    expect(steps.find((s) => s.id === 'prepare-ad')?.command).toBe(
      'Setup.com /PrepareAD /OrganizationName:Contoso',
    );
    expect(steps.find((s) => s.id === 'install:ex01')?.command).not.toContain('/OrganizationName');
  });

  it('puts the cluster and its witness before the clustered mailbox server', () => {
    const list = ids(figure3());
    before(list, 'install:hub01', 'cluster-form:cms01');
    before(list, 'cluster-form:cms01', 'cluster-witness:cms01');
    before(list, 'cluster-witness:cms01', 'cluster-quorum:cms01');
    before(list, 'cluster-quorum:cms01', 'install:mbx01');
    before(list, 'install:mbx01', 'install:mbx02');
  });

  it('lists the plan errors first, and only errors', () => {
    const list = checklist(figure1(), [error, warning]);
    expect(list.sections[0]?.id).toBe('fix-errors');
    expect(list.sections[0]?.steps[0]).toMatchObject({
      id: 'fix-errors',
      title: 'Fix 1 error in the plan first',
    });
    expect(list.sections[0]?.steps[0]?.details).toEqual([
      'EDGE01 runs Edge Transport with Hub Transport. (edge-alone)',
    ]);
    expect(checklist(figure1(), [warning]).sections[0]?.id).toBe('prerequisites');
  });

  it('keeps step ids stable across runs and edits that do not touch the step', () => {
    const first = ids(figure3());
    expect(ids(figure3())).toEqual(first);
    const renamed = renameItem(
      updateCluster(figure3(), 'cms01', { ipAddress: '10.0.0.99' }),
      'hub01',
      'HUB99',
    );
    expect(ids(renamed)).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(ids(figure3(), [error])).toEqual(['fix-errors', ...first]);
  });

  it('coexistence: legacy permissions first, the connected Hub first, link state before connectors', () => {
    const list = checklist(coexistence());
    const all = checklistSteps(list).map((s) => s.id);
    expect(all.filter((id) => id.startsWith('prepare-'))).toEqual([
      'prepare-legacy-permissions',
      'prepare-schema',
      'prepare-ad',
      'prepare-domain',
    ]);
    expect(checklistSteps(list).find((s) => s.id === 'prepare-ad')?.command).toBe('Setup.com /PrepareAD');
    expect(list.sections.map((s) => s.id)).toEqual([
      'prerequisites',
      'active-directory',
      'install:hq',
      'install:branch',
      'coexistence',
    ]);
    const coex = list.sections.at(-1)!.steps;
    expect(coex.map((s) => s.id)).toEqual([
      'link-state:ex2003b',
      'link-state:ex2003',
      'routing-group-connector:rgc1',
      'routing-group-connector:rgc2',
    ]);
    expect(coex[2]?.title).toMatch(/^Check/);
    expect(coex[3]?.command).toContain(
      "New-RoutingGroupConnector -Name 'Interop RGC BRHUB-EX2003B' -SourceTransportServers 'BRHUB' -TargetTransportServers 'EX2003B'",
    );
  });

  it('one connector: no link state suppression', () => {
    const coex = checklist(coexistence(1)).sections.find((s) => s.id === 'coexistence')?.steps ?? [];
    expect(coex.map((s) => s.kind)).toEqual(['routing-group-connector']);
  });

  it('unplaced servers come after the sites, and an empty plan has nothing to do', () => {
    const p = plan()
      .site('hq')
      .server('HUB01', ['ClientAccess', 'HubTransport'])
      .server('MBX09', ['Mailbox'], { site: undefined })
      .build();
    expect(checklist(p).sections.map((s) => s.id)).toEqual([
      'prerequisites',
      'active-directory',
      'install:hq',
      'install:unplaced',
    ]);
    expect(checklist(plan().build()).sections).toEqual([]);
  });

  it('every step names its reason, and server steps their server', () => {
    for (const step of checklistSteps(checklist(figure3()))) {
      expect(step.reason.length).toBeGreaterThan(10);
      if (step.kind === 'install' || step.kind === 'prerequisites') expect(step.serverId).toBeDefined();
    }
  });
});
