import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import {
  addCluster,
  moveServerToSite,
  setServerCluster,
  updateCluster,
  updateServer,
} from '../model/edits.ts';
import type { Plan } from '../model/schema.ts';
import { diffPlans } from './diff.ts';
import { figure2, figure3 } from './test-plans.ts';
import type { ServerChange } from './types.ts';

const only = (current: Plan, target: Plan): ServerChange => {
  const { changes } = diffPlans(current, target);
  expect(changes).toHaveLength(1);
  return changes[0]!;
};
const commands = (change: ServerChange) => change.steps.map((s) => s.command ?? '').join('\n');

describe('diffPlans: changes Setup cannot make in place', () => {
  it('a Hub Transport becoming an Edge is a migration, not Setup.com in place', () => {
    const target = updateServer(moveServerToSite(figure2(), 'hub01', 'dmz'), 'hub01', {
      roles: ['EdgeTransport'],
    });
    const change = only(figure2(), target);
    expect(change.kind).toBe('migrate');
    expect(change.reasons).toEqual(['edge-conversion']);
  });

  it('a standalone Mailbox server becoming a cluster node gives migration steps', () => {
    const current = plan('c')
      .site('hq')
      .gc()
      .server('HUB01', ['ClientAccess', 'HubTransport'])
      .server('MBX01', ['Mailbox'], { windowsEdition: 'enterprise', exchangeEdition: 'enterprise' })
      .build();
    const target = addCluster(
      plan('t')
        .with(() => current)
        .server('MBX02', ['Mailbox'], {
          site: 'hq',
          windowsEdition: 'enterprise',
          exchangeEdition: 'enterprise',
        })
        .build(),
      { id: 'cms01', name: 'CMS01', type: 'CCR', witness: 'hub01' },
      ['mbx01', 'mbx02'],
    );
    const { changes } = diffPlans(current, target);
    // The active node's migration creates CMS01, so it comes before the passive node's build.
    expect(changes.map((c) => c.id)).toEqual(['migrate:MBX01', 'build:MBX02']);
    const migrate = changes[0]!;
    expect(migrate.reasons).toEqual(['cluster-conversion']);
    expect(migrate.summary).toMatch(/MBX01 becomes a node of CMS01: Setup cannot do this in place/);
    expect(migrate.steps.map((s) => s.kind)).toEqual([
      'move-mailboxes',
      'uninstall',
      'rebuild',
      'prerequisites',
      'cluster-form',
      'cluster-witness',
      'cluster-quorum',
      'install',
      'move-mailboxes',
    ]);
    expect(migrate.steps.find((s) => s.kind === 'cluster-witness')).toMatchObject({
      serverId: 'hub01',
      title: 'Create the file share witness for CMS01 on HUB01',
    });
    const install = migrate.steps.find((s) => s.kind === 'install');
    expect(install?.command).toBe(
      'Setup.com /mode:Install /roles:Mailbox /NewCms /CMSName:CMS01 /CMSIPAddress:<CMS IP address>',
    );
    expect(commands(migrate)).not.toMatch(/Bin"\nSetup\.com \/mode:Install/);
    expect(migrate.steps.at(-1)?.command).toContain('CMS01\\First Storage Group\\Mailbox Database');
  });

  it('a server changing site is readdressed; one that is also rebuilt gets its new address in the rebuild', () => {
    const current = plan('c')
      .site('hq', 'ad-site', 'Head office')
      .server('CAS01', ['ClientAccess', 'HubTransport'])
      .site('br', 'ad-site', 'Branch')
      .build();
    const moved = moveServerToSite(current, 'cas01', 'br');
    expect(only(current, moved)).toMatchObject({ kind: 'modify', summary: 'CAS01: readdress into Branch' });
    const rebuilt = only(current, updateServer(moved, 'cas01', { os: 'windows2008' }));
    expect(rebuilt).toMatchObject({ kind: 'migrate', reasons: ['os-change'] });
    expect(rebuilt.summary).toMatch(/moves to Branch/);
    expect(rebuilt.steps.find((s) => s.kind === 'rebuild')?.details?.at(-1)).toMatch(/subnet of Branch/);
  });

  it('an Exchange 2003 server "becoming" Exchange 2007 under the same name is a replacement', () => {
    const current = plan('c')
      .site('hq')
      .server('HUB01', ['ClientAccess', 'HubTransport', 'Mailbox'])
      .server('EX2003', [], { product: 'exchange2003', legacyServicePack: 2 })
      .build();
    const target = updateServer(current, 'ex2003', {
      product: 'exchange2007',
      roles: ['Mailbox'],
      legacyServicePack: undefined,
    });
    const change = only(current, target);
    expect(change).toMatchObject({ kind: 'migrate', reasons: ['product-change'] });
    expect(change.summary).toMatch(/EX2003 is Exchange 2003 and becomes Exchange 2007/);
    const kinds = change.steps.map((s) => s.kind);
    expect(kinds).toEqual([
      'move-mailboxes',
      'manual',
      'uninstall',
      'rebuild',
      'prerequisites',
      'install',
      'move-mailboxes',
    ]);
    expect(change.steps[2]?.details?.[0]).toMatch(/Add or Remove Programs/);
    expect(change.steps[3]?.details?.[0]).toMatch(/no in-place upgrade/);
  });

  it('a cluster node leaving its surviving cluster hands the clustered mailbox server over first', () => {
    const target = setServerCluster(figure3(), 'mbx01', undefined);
    const change = only(figure3(), target);
    expect(change).toMatchObject({ kind: 'migrate', reasons: ['cluster-conversion'] });
    expect(change.summary).toMatch(/leaves the cluster CMS01/);
    expect(commands(change)).toContain('Move-ClusteredMailboxServer -Identity CMS01');
    expect(commands(change)).not.toContain('/RemoveCMS');
  });

  it('falls back to ids: a renamed server is rebuilt under its new name', () => {
    const target = updateServer(figure2(), 'um01', { name: 'UM02' });
    const change = only(figure2(), target);
    expect(change).toMatchObject({
      id: 'migrate:UM02',
      reasons: ['rename'],
      currentId: 'um01',
      targetId: 'um01',
    });
  });

  it('a cluster changing from CCR to SCC under the same name is rebuilt too', () => {
    const target = updateCluster(figure3(), 'cms01', { type: 'SCC', witness: undefined });
    const { changes } = diffPlans(figure3(), target);
    expect(changes.map((c) => [c.id, c.reasons])).toEqual([
      ['remove-cms:CMS01', []],
      ['migrate:MBX01', ['cluster-conversion']],
      ['migrate:MBX02', ['cluster-conversion']],
    ]);
    expect(changes[1]?.summary).toMatch(/changes its cluster CMS01 to SCC/);
    expect(commands(changes[0]!)).toContain('Setup.com /RemoveCMS /CMSName:CMS01');
    expect(commands(changes[1]!)).not.toContain('/RemoveCMS');
    expect(commands(changes[1]!)).toContain('/CMSSharedStorage');
  });
});
