// Organization-wide deployment facts: native mode before joining an Exchange 2000/2003
// organization, /EnableLegacyOutlook for Outlook 2003 clients, the Active Directory tools on Windows
// Server 2008, Add-WindowsFeature on 2008 R2, and what an Edge subscription needs first.
import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { updatePlan } from '../model/edits.ts';
import type { Plan } from '../model/schema.ts';
import { checklist, checklistSteps } from './checklist.ts';
import { serverCommands } from './commands.ts';
import { diffPlans } from './diff.ts';
import { coexistence, figure1, figure2, figure3 } from './test-plans.ts';

const steps = (p: Plan) => checklistSteps(checklist(p));
const install = (p: Plan, id: string) => serverCommands(p, id).find((s) => s.kind === 'install')?.command;

describe('native mode', () => {
  it('is a checklist step, before Active Directory is prepared, unless the plan says the mode is native', () => {
    const unknown = steps(coexistence());
    expect(
      unknown
        .map((s) => s.id)
        .slice(
          unknown.findIndex((s) => s.id === 'native-mode'),
          -1,
        )[1],
    ).toBe('prepare-legacy-permissions');
    expect(unknown.find((s) => s.id === 'native-mode')?.reason).toMatch(/does not say/);
    const mixed = steps(updatePlan(coexistence(), { legacyMode: 'mixed' }));
    expect(mixed.find((s) => s.id === 'native-mode')?.reason).toMatch(/is in mixed mode/);
    expect(steps(updatePlan(coexistence(), { legacyMode: 'native' })).map((s) => s.id)).not.toContain(
      'native-mode',
    );
  });

  it('is not asked of a new organization', () => {
    expect(steps(figure2()).map((s) => s.id)).not.toContain('native-mode');
  });
});

describe('Outlook 2003 clients', () => {
  it('install the first Mailbox server with /EnableLegacyOutlook, and only it', () => {
    const p = updatePlan(figure2(), { outlook2003Clients: true });
    expect(install(p, 'mbx01')).toBe('Setup.com /mode:Install /roles:Mailbox /EnableLegacyOutlook');
    expect(install(p, 'cas01')).not.toContain('/EnableLegacyOutlook');
    expect(install(figure2(), 'mbx01')).toBe('Setup.com /mode:Install /roles:Mailbox');
    const second = plan('t')
      .with(() => p)
      .server('MBX02', ['Mailbox'], { site: 'hq' })
      .build();
    expect(install(second, 'mbx02')).not.toContain('/EnableLegacyOutlook');
  });

  it('put /EnableLegacyOutlook on the active node of a first clustered mailbox server', () => {
    const p = updatePlan(figure3(), { outlook2003Clients: true });
    expect(install(p, 'mbx01')).toContain('/NewCms /CMSName:CMS01 /CMSIPAddress:10.0.0.50');
    expect(install(p, 'mbx01')).toContain('/EnableLegacyOutlook');
    expect(install(p, 'mbx02')).not.toContain('/EnableLegacyOutlook');
  });

  it('leave a Mailbox server added to an organization that has one alone', () => {
    const current = updatePlan(figure2(), { outlook2003Clients: true });
    const target = plan('t')
      .with(() => current)
      .server('MBX02', ['Mailbox'], { site: 'hq' })
      .build();
    const commands = diffPlans(current, target).changes.flatMap((c) => c.steps.map((s) => s.command ?? ''));
    expect(commands.join('\n')).not.toContain('/EnableLegacyOutlook');
  });
});

describe('Windows Server 2008 and 2008 R2', () => {
  const on = (os: 'windows2008' | 'windows2008r2') =>
    ({ ...figure2(), servers: figure2().servers.map((s) => ({ ...s, os })) }) as Plan;

  it('add features with ServerManagerCmd on 2008, Add-WindowsFeature on 2008 R2', () => {
    const w2008 = serverCommands(on('windows2008'), 'cas01')[0];
    expect(w2008?.shell).toBe('cmd');
    expect(w2008?.command?.split('\n')[0]).toBe('ServerManagerCmd -i PowerShell');
    const r2 = serverCommands(on('windows2008r2'), 'cas01')[0];
    expect(r2?.shell).toBe('powershell');
    expect(r2?.command).toMatch(/^Import-Module ServerManager\nAdd-WindowsFeature NET-Framework,Web-Server,/);
    expect(r2?.command).not.toContain('ServerManagerCmd');
    expect(r2?.command).not.toMatch(/\bPowerShell\b/);
  });

  it('need the Active Directory tools (RSAT-ADDS) where the schema is prepared', () => {
    const schema = steps(on('windows2008')).find((s) => s.id === 'prepare-schema');
    expect(schema?.details).toEqual([
      'On Windows Server 2008, first add the Active Directory tools: ServerManagerCmd -i RSAT-ADDS',
    ]);
    expect(steps(figure2()).find((s) => s.id === 'prepare-schema')?.details).toBeUndefined();
    // Without a separate preparation, the first server's Setup prepares the schema itself.
    expect(serverCommands(on('windows2008r2'), 'cas01')[0]?.command).toContain('RSAT-ADDS');
    expect(serverCommands(on('windows2008r2'), 'hub01')[0]?.command).not.toContain('RSAT-ADDS');
  });
});

describe('Edge subscription', () => {
  it('lists its preconditions: a Hub Transport, accepted and remote domains first, ports, names', () => {
    const subscribe = serverCommands(figure1(), 'edge01').find((s) => s.kind === 'edge-subscription');
    const details = subscribe?.details?.join('\n') ?? '';
    expect(details).toMatch(/Hub Transport server in Head office \(EX01\)/);
    expect(details).toMatch(/Accepted domains and remote domains/);
    expect(details).toMatch(/50636 .*from the Hub Transport servers to the Edge, and port 25 \(SMTP\) open both ways/);
    expect(details).toMatch(/resolve the other’s name/);
  });
});
