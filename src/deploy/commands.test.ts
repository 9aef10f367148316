import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { serverCommands } from './commands.ts';
import { PLACEHOLDER, setupInstall, setupUninstall } from './setup.ts';
import { cmdArg, psArg } from './values.ts';
import { coexistence, figure1, figure2, figure3, sccPlan } from './test-plans.ts';
import type { DeployStep } from './types.ts';

const installOf = (steps: DeployStep[]) => steps.find((s) => s.kind === 'install')?.command;

describe('Setup.com command lines', () => {
  it('lists roles by Setup names in the recommended order', () => {
    expect(setupInstall(['Mailbox', 'UnifiedMessaging', 'HubTransport', 'ClientAccess'])).toBe(
      'Setup.com /mode:Install /roles:ClientAccess,HubTransport,Mailbox,UnifiedMessaging',
    );
    expect(setupUninstall(['ClientAccess'])).toBe('Setup.com /mode:Uninstall /roles:ClientAccess');
    expect(setupUninstall()).toBe('Setup.com /mode:Uninstall');
  });

  it('quotes values with spaces for cmd.exe', () => {
    const p = { ...figure1(), organizationName: 'Contoso Ltd' };
    expect(installOf(serverCommands(p, 'ex01'))).toContain('/OrganizationName:"Contoso Ltd"');
    expect(cmdArg('Contoso')).toBe('Contoso');
    expect(cmdArg('S:\\Exchange Data\\')).toBe('"S:\\Exchange Data\\\\"');
    expect(psArg("O'Brien’s site")).toBe("'O''Brien’’s site'");
  });
});

describe('serverCommands', () => {
  it('Figure 1: the all-in-one server names the new organization', () => {
    const steps = serverCommands(figure1(), 'ex01');
    expect(steps.map((s) => s.kind)).toEqual(['prerequisites', 'install']);
    expect(installOf(steps)).toBe(
      'Setup.com /mode:Install /roles:ClientAccess,HubTransport,Mailbox,UnifiedMessaging /OrganizationName:Contoso',
    );
    expect(steps[1]?.reason).toMatch(/Management Tools/);
    expect(steps.every((s) => s.serverId === 'ex01')).toBe(true);
  });

  it('Figure 1: the Edge installs after ADAM and is then subscribed', () => {
    const steps = serverCommands(figure1(), 'edge01');
    expect(steps.map((s) => s.kind)).toEqual(['prerequisites', 'install', 'edge-subscription']);
    expect(steps[0]?.details?.join('\n')).toMatch(/ADAM/);
    expect(installOf(steps)).toBe('Setup.com /mode:Install /roles:EdgeTransport');
    expect(steps[2]?.command).toContain(
      "New-EdgeSubscription -FileName 'C:\\EdgeSubscription.xml' -Site 'Head office'",
    );
  });

  it('Edge on Windows Server 2008 uses AD LDS', () => {
    const p = plan()
      .site('hq')
      .server('HUB01', ['HubTransport'])
      .perimeter()
      .server('EDGE01', ['EdgeTransport'], { os: 'windows2008' })
      .build();
    const [prereq, install] = serverCommands(p, 'edge01');
    expect(prereq?.command).toContain('ServerManagerCmd -i ADLDS');
    expect(prereq?.details?.join('\n')).not.toMatch(/ADAM/);
    expect(install?.reason).toMatch(/AD LDS/);
  });

  it('an Edge with no subscription gets a site placeholder', () => {
    const p = plan().perimeter().server('EDGE01', ['EdgeTransport']).build();
    const subscribe = serverCommands(p, 'edge01').find((s) => s.kind === 'edge-subscription');
    expect(subscribe?.command).toContain(PLACEHOLDER.adSite);
    expect(subscribe?.placeholders[0]).toMatchObject({ field: 'links', itemId: 'edge01' });
  });

  it('Figure 2: only the first server names the organization, with a placeholder when unnamed', () => {
    const p = figure2();
    expect(installOf(serverCommands(p, 'cas01'))).toBe(
      `Setup.com /mode:Install /roles:ClientAccess /OrganizationName:${PLACEHOLDER.organizationName}`,
    );
    expect(serverCommands(p, 'cas01')[1]?.placeholders).toEqual([
      { token: '<organization name>', label: 'organization name', field: 'organizationName' },
    ]);
    expect(installOf(serverCommands(p, 'hub01'))).toBe('Setup.com /mode:Install /roles:HubTransport');
    expect(installOf(serverCommands(p, 'mbx01'))).toBe('Setup.com /mode:Install /roles:Mailbox');
    expect(installOf(serverCommands(p, 'um01'))).toBe('Setup.com /mode:Install /roles:UnifiedMessaging');
  });

  it('Figure 3: the active node forms the cluster and creates the CCR clustered mailbox server', () => {
    const steps = serverCommands(figure3(), 'mbx01');
    expect(steps.map((s) => s.kind)).toEqual(['prerequisites', 'cluster-form', 'cluster-quorum', 'install']);
    expect(installOf(steps)).toBe(
      'Setup.com /mode:Install /roles:Mailbox /NewCms /CMSName:CMS01 /CMSIPAddress:10.0.0.50',
    );
    expect(steps[2]?.command).toBe('cluster res "Majority Node Set" /priv MNSFileShare=\\\\HUB01\\FSW_CMS01');
    expect(steps[0]?.details?.join('\n')).toMatch(/KB921181/);
  });

  it('Figure 3: the passive node installs Mailbox alone; the witness share is on the hub', () => {
    expect(serverCommands(figure3(), 'mbx02').map((s) => s.command ?? '')).toContain(
      'Setup.com /mode:Install /roles:Mailbox',
    );
    const hub = serverCommands(figure3(), 'hub01');
    expect(hub.map((s) => s.kind)).toEqual(['prerequisites', 'install', 'cluster-witness']);
    expect(hub[2]?.command).toContain('net share FSW_CMS01=C:\\FSW_CMS01');
  });

  it('a missing CMS IP address is a placeholder naming the plan field', () => {
    const install = serverCommands(figure3({}), 'mbx01').find((s) => s.kind === 'install');
    expect(install?.command).toContain('/CMSIPAddress:<CMS IP address>');
    expect(install?.placeholders).toEqual([
      { token: '<CMS IP address>', label: 'CMS IP address', field: 'clusters[0].ipAddress', itemId: 'cms01' },
    ]);
  });

  it('SCC adds /CMSSharedStorage and /CMSDataPath, with placeholders when unknown', () => {
    const known = installOf(
      serverCommands(sccPlan({ ipAddress: '10.0.0.60', dataPath: 'S:\\Exchange Data' }), 'node1'),
    );
    expect(known).toBe(
      'Setup.com /mode:Install /roles:Mailbox /NewCms /CMSName:CMS02 /CMSIPAddress:10.0.0.60 /CMSSharedStorage /CMSDataPath:"S:\\Exchange Data"',
    );
    const unknown = serverCommands(sccPlan(), 'node1').find((s) => s.kind === 'install');
    expect(unknown?.command).toContain('/CMSSharedStorage /CMSDataPath:<CMS data path>');
    expect(unknown?.placeholders.map((p) => p.field)).toEqual([
      'clusters[0].ipAddress',
      'clusters[0].dataPath',
    ]);
    expect(serverCommands(sccPlan(), 'node1').map((s) => s.kind)).not.toContain('cluster-quorum');
    expect(installOf(serverCommands(sccPlan(), 'node3'))).toBe('Setup.com /mode:Install /roles:Mailbox');
  });

  it('coexistence: the first Hub Transport names the bridgehead of its routing group connector', () => {
    const p = coexistence();
    expect(installOf(serverCommands(p, 'hub01'))).toBe(
      'Setup.com /mode:Install /roles:ClientAccess,HubTransport /LegacyRoutingServer:EX2003',
    );
    expect(installOf(serverCommands(p, 'brhub'))).toBe(
      'Setup.com /mode:Install /roles:ClientAccess,HubTransport,Mailbox',
    );
    expect(installOf(serverCommands(p, 'mbx01'))).not.toContain('/OrganizationName');
  });

  it('coexistence without a connector: the bridgehead is a placeholder', () => {
    const p = plan()
      .site('hq')
      .server('EX2003', [], { product: 'exchange2003' })
      .server('HUB01', ['HubTransport'])
      .build();
    const install = serverCommands(p, 'hub01').find((s) => s.kind === 'install');
    expect(install?.command).toBe(
      'Setup.com /mode:Install /roles:HubTransport /LegacyRoutingServer:<legacy bridgehead>',
    );
    expect(install?.placeholders[0]).toMatchObject({ token: '<legacy bridgehead>', field: 'links' });
  });

  it('legacy servers run link state suppression when there are two connectors', () => {
    const steps = serverCommands(coexistence(), 'ex2003');
    expect(steps.map((s) => s.kind)).toEqual(['link-state']);
    expect(steps[0]?.command).toContain('SuppressStateChanges /t REG_DWORD /d 1');
    expect(serverCommands(coexistence(1), 'ex2003')).toEqual([]);
  });

  it('Windows Server 2008 prerequisites are ServerManagerCmd features', () => {
    const p = plan().site('hq').server('EX01', ['ClientAccess', 'Mailbox'], { os: 'windows2008' }).build();
    const command = serverCommands(p, 'ex01')[0]?.command ?? '';
    expect(command.split('\n')[0]).toBe('ServerManagerCmd -i PowerShell');
    expect(command).toContain('ServerManagerCmd -i RPC-over-HTTP-proxy');
    expect(command.match(/Web-Server/g)).toHaveLength(1);
  });

  it('gives nothing for unknown servers or servers without roles', () => {
    expect(serverCommands(figure1(), 'nope')).toEqual([]);
    expect(serverCommands(plan().site('hq').server('EX01').build(), 'ex01')).toEqual([]);
  });
});
