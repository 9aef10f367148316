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

  it('adds a role with Setup.com from the Exchange bin folder', () => {
    const change = only(figure2(), addRole(figure2(), 'hub01', 'UnifiedMessaging'));
    expect(change).toMatchObject({
      id: 'modify:HUB01',
      kind: 'modify',
      addRoles: ['UnifiedMessaging'],
      removeRoles: [],
      summary: 'HUB01: add Unified Messaging',
    });
    const install = change.steps.find((s) => s.kind === 'install');
    expect(install?.command).toBe(
      'cd /d "C:\\Program Files\\Microsoft\\Exchange Server\\Bin"\nSetup.com /mode:Install /roles:UnifiedMessaging',
    );
    expect(change.steps[0]?.kind).toBe('prerequisites');
    expect(change.steps[0]?.details?.join()).toMatch(/Windows Media Encoder/);
  });

  it('removes a role with /mode:Uninstall, moving mailboxes first when it is Mailbox', () => {
    const change = only(figure1(), removeRole(figure1(), 'ex01', 'ClientAccess'));
    expect(change.removeRoles).toEqual(['ClientAccess']);
    expect(change.steps.map((s) => s.command)).toEqual([
      'cd /d "C:\\Program Files\\Microsoft\\Exchange Server\\Bin"\nSetup.com /mode:Uninstall /roles:ClientAccess',
    ]);
    const mailbox = only(figure1(), removeRole(figure1(), 'ex01', 'Mailbox'));
    expect(mailbox.steps.map((s) => s.kind)).toEqual(['move-mailboxes', 'uninstall']);
    expect(mailbox.steps[0]?.command).toBe(
      'Get-Mailbox -Server EX01 | Move-Mailbox -TargetDatabase "<target database>"',
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
      'cd /d "C:\\Program Files\\Microsoft\\Exchange Server\\Bin"\nSetup.com /mode:Uninstall',
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
    expect(commands(change)).toContain('-Site "Branch"');
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

  it('retiring a cluster removes its clustered mailbox server on the active node first', () => {
    const current = figure3();
    const target = removeItems(current, ['mbx01', 'mbx02', 'cms01']);
    const { changes } = diffPlans(current, target);
    expect(changes.map((c) => c.id)).toEqual(['retire:MBX01', 'retire:MBX02']);
    expect(commands(changes[0]!)).toContain('Setup.com /RemoveCms /CMSName:CMS01');
    expect(commands(changes[1]!)).not.toContain('/RemoveCms');
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
    expect(steps.length).toBeGreaterThan(15);
    expect(new Set(steps).size).toBe(steps.length);
  });
});
