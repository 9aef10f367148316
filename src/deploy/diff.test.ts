import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { addLink, addRole, addSite, removeItems, removeRole, updateCluster } from '../model/edits.ts';
import type { Plan } from '../model/schema.ts';
import { diffPlans } from './diff.ts';
import { figure1, figure2, figure3 } from './test-plans.ts';
import type { ServerChange } from './types.ts';

const only = (current: Plan, target: Plan): ServerChange => {
  const { changes } = diffPlans(current, target);
  expect(changes).toHaveLength(1);
  return changes[0]!;
};
const commands = (change: ServerChange) => change.steps.map((s) => s.command ?? '').join('\n');

describe('diffPlans', () => {
  it('has nothing to do for the same plan, matching computer names regardless of case', () => {
    expect(diffPlans(figure2(), figure2())).toMatchObject({
      changes: [],
      unchanged: ['UM01', 'MBX01', 'HUB01', 'CAS01', 'EDGE01'],
    });
    const renamedIds = (p: Plan): Plan => ({
      ...p,
      servers: p.servers.map((s) => ({ ...s, id: `new-${s.id}`, name: s.name.toLowerCase() })),
      links: p.links.map((l) => ({ ...l, from: `new-${l.from}` })),
    });
    expect(diffPlans(figure2(), renamedIds(figure2())).changes).toEqual([]);
  });

  it("adds a role with Setup.com from the installation media of the plan's service pack, not the bin folder", () => {
    const change = only(figure2(), addRole(figure2(), 'hub01', 'UnifiedMessaging'));
    expect(change).toMatchObject({
      id: 'modify:HUB01',
      kind: 'modify',
      addRoles: ['UnifiedMessaging'],
      removeRoles: [],
      summary: 'HUB01: add Unified Messaging',
    });
    const install = change.steps.find((s) => s.kind === 'install');
    expect(install?.command).toBe('Setup.com /mode:Install /roles:UnifiedMessaging');
    expect(install?.reason).toContain('Exchange 2007 SP1 installation media');
    expect(install?.reason).toMatch(/not from the Exchange bin folder: once an update rollup is installed/);
    expect(change.steps[0]?.kind).toBe('prerequisites');
    expect(change.steps[0]?.details?.join()).toMatch(/Windows Media Encoder/);
  });

  it('removes a role with /mode:Uninstall, moving mailboxes first when it is Mailbox', () => {
    const change = only(figure1(), removeRole(figure1(), 'ex01', 'ClientAccess'));
    expect(change.removeRoles).toEqual(['ClientAccess']);
    expect(change.steps.map((s) => s.command)).toEqual(['Setup.com /mode:Uninstall /roles:ClientAccess']);
    expect(change.steps[0]?.reason).toMatch(/Add or Remove Programs/);
    const mailbox = only(figure1(), removeRole(figure1(), 'ex01', 'Mailbox'));
    expect(mailbox.steps.map((s) => s.kind)).toEqual(['move-mailboxes', 'uninstall']);
    expect(mailbox.steps[0]?.command).toBe(
      "Get-Mailbox -Server EX01 | Move-Mailbox -TargetDatabase '<target database>'",
    );
  });

  it('builds new servers (an Edge with its subscription) and retires removed ones', () => {
    const current = removeItems(figure1(), ['edge01']);
    const build = only(current, figure1());
    expect(build).toMatchObject({
      id: 'build:EDGE01',
      kind: 'build',
      targetId: 'edge01',
      summary: 'Build EDGE01 (Edge Transport)',
    });
    expect(build.steps.map((s) => s.id)).toEqual([
      'build:EDGE01/prerequisites:edge01',
      'build:EDGE01/install:edge01',
      'build:EDGE01/edge-subscription:edge01',
    ]);
    expect(commands(build)).toContain('Setup.com /mode:Install /roles:EdgeTransport');

    const retire = only(figure1(), current);
    expect(retire).toMatchObject({ id: 'retire:EDGE01', kind: 'retire', currentId: 'edge01' });
    expect(retire.steps.map((s) => s.command)).toEqual([
      'Remove-EdgeSubscription -Identity EDGE01',
      'Setup.com /mode:Uninstall',
    ]);
  });

  it('a new server joins the existing organization: no /OrganizationName', () => {
    const target = plan('t')
      .with(() => figure2())
      .server('CAS02', ['ClientAccess'], { site: 'hq' })
      .build();
    expect(commands(only(figure2(), target))).not.toContain('/OrganizationName');
  });

  it('subscribes an Edge again when it moves to another site', () => {
    const current = addSite(figure1(), { id: 'br', name: 'Branch', kind: 'ad-site' });
    const target = {
      ...current,
      links: current.links.map((l) => (l.kind === 'edge-subscription' ? { ...l, to: 'br' } : l)),
    };
    const change = only(current, target);
    expect(change).toMatchObject({ kind: 'modify', summary: 'EDGE01: subscribe the Edge again' });
    expect(change.steps.map((s) => s.kind)).toEqual(['manual', 'edge-subscription']);
    expect(commands(change)).toContain("-Site 'Branch'");
  });

  it('the first Hub Transport added to an Exchange 2003 organization names the legacy bridgehead', () => {
    const current = plan('c')
      .site('hq')
      .server('EX2003', [], { product: 'exchange2003', legacyServicePack: 2 })
      .build();
    const target = addLink(
      plan('t')
        .with(() => current)
        .server('HUB01', ['ClientAccess', 'HubTransport'])
        .build(),
      { id: 'rgc', kind: 'routing-group-connector', from: 'hub01', to: 'ex2003' },
    );
    const build = only(current, target);
    expect(commands(build)).toContain(
      'Setup.com /mode:Install /roles:ClientAccess,HubTransport /LegacyRoutingServer:EX2003',
    );
    expect(commands(build)).not.toContain('/OrganizationName');
  });

  it('retiring a cluster: stop and remove the clustered mailbox server, then the passive node, then the active node', () => {
    const current = figure3();
    const target = removeItems(current, ['mbx01', 'mbx02', 'cms01']);
    const { changes } = diffPlans(current, target);
    expect(changes.map((c) => c.id)).toEqual(['remove-cms:CMS01', 'retire:MBX02', 'retire:MBX01']);
    expect(changes[0]!.steps.map((s) => [s.kind, s.serverId])).toEqual([
      ['move-mailboxes', undefined],
      ['remove-cms', 'mbx01'],
      ['remove-cms', 'mbx01'],
    ]);
    expect(changes[0]!.steps.map((s) => s.command)).toEqual([
      "Get-Mailbox -Server CMS01 | Move-Mailbox -TargetDatabase '<target database>'",
      "Stop-ClusteredMailboxServer -Identity CMS01 -StopReason 'Removing the clustered mailbox server'",
      'Setup.com /RemoveCMS /CMSName:CMS01',
    ]);
    expect(commands(changes[1]!)).toBe('Setup.com /mode:Uninstall');
    expect(commands(changes[2]!)).toBe('Setup.com /mode:Uninstall');
    expect(changes[2]!.steps[0]?.reason).toContain('after the passive nodes of CMS01');
  });

  it('an operating system change is a rebuild, never an in-place upgrade', () => {
    const target = {
      ...figure2(),
      servers: figure2().servers.map((s) => (s.id === 'cas01' ? { ...s, os: 'windows2008' as const } : s)),
    };
    const change = only(figure2(), target);
    expect(change).toMatchObject({ kind: 'migrate', reasons: ['os-change'] });
    expect(change.summary).toContain('moves from Windows Server 2003 SP1/R2 to Windows Server 2008');
    expect(change.steps.find((s) => s.kind === 'rebuild')?.details?.join()).toMatch(/clean install/);
    expect(change.steps.map((s) => s.kind)).toContain('uninstall');
  });

  it('a site change is a readdress into the new site, not a rebuild', () => {
    const current = addSite(figure2(), { id: 'br', name: 'Branch', kind: 'ad-site' });
    const target = {
      ...current,
      servers: current.servers.map((s) => (s.id === 'cas01' ? { ...s, site: 'br' } : s)),
    };
    const change = only(current, target);
    expect(change).toMatchObject({ kind: 'modify', reasons: [], summary: 'CAS01: readdress into Branch' });
    expect(change.steps.map((s) => s.kind)).toEqual(['readdress']);
    expect(change.steps[0]?.details?.join()).toMatch(/subnet of Branch/);
    expect(commands(change)).toContain('Restart-Service');
    expect(commands(change)).not.toContain('Setup.com');
  });

  it('cluster nodes readdress with their clustered mailbox server; an Edge between perimeter networks has nothing to do', () => {
    const current = addSite(figure3(), { id: 'br', name: 'Branch', kind: 'ad-site' });
    const moved = { ...current, servers: current.servers.map((s) => (s.cluster ? { ...s, site: 'br' } : s)) };
    const { changes } = diffPlans(current, moved);
    expect(changes.map((c) => c.summary)).toEqual([
      'MBX01: readdress into Branch',
      'MBX02: readdress into Branch',
    ]);
    expect(commands(changes[0]!)).toContain('Stop-ClusteredMailboxServer -Identity CMS01');
    const perimeter = addSite(figure1(), { id: 'dmz2', name: 'Second perimeter', kind: 'perimeter' });
    const edgeMoved = {
      ...perimeter,
      servers: perimeter.servers.map((s) => (s.id === 'edge01' ? { ...s, site: 'dmz2' } : s)),
    };
    expect(diffPlans(perimeter, edgeMoved).changes).toEqual([]);
  });

  it('lists a step two builds share only once', () => {
    const current = removeItems(figure3(), ['mbx01', 'mbx02', 'cms01', 'hub01']);
    const steps = diffPlans(current, figure3()).changes.flatMap((c) =>
      c.steps.map((s) => s.id.split('/')[1]),
    );
    expect(steps.filter((id) => id === 'cluster-witness:cms01')).toHaveLength(1);
    expect(steps.indexOf('cluster-form:cms01')).toBeLessThan(steps.indexOf('cluster-witness:cms01'));
  });

  it('orders builds and in-place changes by the target install order, retirements last', () => {
    const current = plan('c')
      .site('hq')
      .gc()
      .server('OLD01', ['ClientAccess'])
      .server('MBX01', ['Mailbox'])
      .build();
    const target = plan('t')
      .site('hq')
      .gc()
      .server('MBX01', ['Mailbox', 'UnifiedMessaging'])
      .server('MBX02', ['Mailbox'])
      .server('HUB01', ['HubTransport'])
      .server('CAS01', ['ClientAccess'])
      .build();
    expect(diffPlans(current, target).changes.map((c) => c.id)).toEqual([
      'build:CAS01',
      'build:HUB01',
      'modify:MBX01',
      'build:MBX02',
      'retire:OLD01',
    ]);
  });

  it('gives every step of a diff its own id', () => {
    const current = figure3();
    const target = updateCluster(
      addRole(removeItems(figure3(), ['cas01']), 'hub01', 'ClientAccess'),
      'cms01',
      {
        type: 'SCC',
      },
    );
    const steps = diffPlans(current, target).changes.flatMap((c) => c.steps.map((s) => s.id));
    expect(steps.length).toBeGreaterThan(12);
    expect(new Set(steps).size).toBe(steps.length);
  });
});
