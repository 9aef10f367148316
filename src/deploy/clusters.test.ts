// Clustered mailbox servers in the deployment views: the address switch per Windows version, the
// witness share's account, standby clusters (passive installs and a recovery step, never /NewCms).
import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { updateCluster } from '../model/edits.ts';
import type { Plan, Server } from '../model/schema.ts';
import { checklist, checklistSteps } from './checklist.ts';
import { serverCommands } from './commands.ts';
import { figure3, sccPlan } from './test-plans.ts';

const onOs = (p: Plan, os: Server['os']): Plan => ({
  ...p,
  servers: p.servers.map((s) => (s.cluster ? { ...s, os } : s)),
});
const enterprise = { windowsEdition: 'enterprise', exchangeEdition: 'enterprise' } as const;

/** Figure 3 plus a standby CCR cluster CMS02 (nodes DR01, DR02) in a recovery site, an SCR target. */
function withStandby(os: Server['os'] = 'windows2003'): Plan {
  return plan('DR')
    .with(() => figure3())
    .site('dr', 'ad-site', 'Recovery site')
    .gc('DC02')
    .server('HUB02', ['ClientAccess', 'HubTransport'])
    .server('DR01', ['Mailbox'], { ...enterprise, os })
    .server('DR02', ['Mailbox'], { ...enterprise, os })
    .cluster('CMS02', 'CCR', ['dr01', 'dr02'], { witness: 'hub02', standby: true, ipAddress: '10.1.0.50' })
    .link('scr', 'cms01', 'dr01')
    .build();
}

describe('clustered mailbox servers on Windows Server 2003 and 2008', () => {
  it('takes /CMSIPAddress on Windows Server 2003 and /CMSIPv4Addresses on 2008 and 2008 R2', () => {
    const install = (p: Plan) => serverCommands(p, 'mbx01').find((s) => s.kind === 'install');
    expect(install(figure3())?.command).toContain('/CMSIPAddress:10.0.0.50');
    for (const os of ['windows2008', 'windows2008r2'] as const) {
      const step = install(onOs(figure3(), os));
      expect(step?.command).toBe(
        'Setup.com /mode:Install /roles:Mailbox /NewCms /CMSName:CMS01 /CMSIPv4Addresses:10.0.0.50',
      );
      expect(step?.reason).toMatch(/CMSIPv4Addresses/);
    }
  });

  it('grants the witness share to the Cluster service account on 2003, the cluster computer account on 2008', () => {
    const share = (p: Plan) => serverCommands(p, 'hub01').find((s) => s.kind === 'cluster-witness');
    const w2003 = share(figure3());
    expect(w2003?.command).toContain('/GRANT:<DOMAIN\\cluster service account>,FULL');
    expect(w2003?.placeholders.map((p) => p.label)).toContain('the Cluster service account');
    const w2008 = share(onOs(figure3(), 'windows2008'));
    expect(w2008?.command).toContain('/GRANT:<DOMAIN\\failover cluster name$>,FULL');
    expect(w2008?.command).toContain('icacls C:\\FSW_CMS01');
  });

  it('needs Windows Server 2003 SP2 or KB921181 for the file share witness', () => {
    const prerequisites = serverCommands(figure3(), 'mbx01')[0];
    expect(prerequisites?.details?.join('\n')).toMatch(/Windows Server 2003 SP2, or update KB921181/);
  });

  it('puts an SCC data path with spaces in quotes, doubling a trailing backslash', () => {
    const install = serverCommands(
      sccPlan({ ipAddress: '10.0.0.60', dataPath: 'S:\\Exchange Data\\' }),
      'node1',
    ).find((s) => s.kind === 'install');
    expect(install?.command).toContain('/CMSSharedStorage /CMSDataPath:"S:\\Exchange Data\\\\"');
  });
});

describe('standby clusters', () => {
  it('installs every node passive with the Mailbox role, never /NewCms', () => {
    const p = withStandby();
    for (const id of ['dr01', 'dr02']) {
      const install = serverCommands(p, id).find((s) => s.kind === 'install');
      expect(install?.command).toBe('Setup.com /mode:Install /roles:Mailbox');
      expect(install?.title).toMatch(/passive node of the standby cluster CMS02/);
    }
    const installs = checklistSteps(checklist(p)).filter((s) => s.kind !== 'recover-cms');
    const all = installs.map((s) => s.command ?? '').join('\n');
    expect(all.match(/\/NewCms/g)).toHaveLength(1);
    expect(all).not.toContain('/CMSName:CMS02');
  });

  it('forms the Windows cluster on its first node, with its witness', () => {
    const steps = serverCommands(withStandby(), 'dr01').map((s) => s.kind);
    expect(steps).toEqual(['prerequisites', 'cluster-form', 'cluster-quorum', 'install', 'recover-cms']);
    expect(serverCommands(withStandby(), 'hub02').map((s) => s.kind)).toContain('cluster-witness');
  });

  it('names /RecoverCMS as a recovery step in its own section, last', () => {
    const list = checklist(withStandby());
    const last = list.sections.at(-1);
    expect(last?.id).toBe('recovery');
    expect(last?.title).toMatch(/only after losing the primary site/);
    expect(last?.steps.map((s) => [s.kind, s.serverId, s.command])).toEqual([
      ['recover-cms', 'dr01', 'Setup.com /RecoverCMS /CMSName:CMS02 /CMSIPAddress:10.1.0.50'],
    ]);
    const installs = list.sections.filter((s) => s.id.startsWith('install:')).flatMap((s) => s.steps);
    expect(installs.map((s) => s.kind)).not.toContain('recover-cms');
  });

  it('recovers with /CMSIPv4Addresses on Windows Server 2008, with a placeholder when the address is unknown', () => {
    const p = updateCluster(withStandby('windows2008'), 'cms02', { ipAddress: undefined });
    const recovery = checklistSteps(checklist(p)).find((s) => s.kind === 'recover-cms');
    expect(recovery?.command).toBe('Setup.com /RecoverCMS /CMSName:CMS02 /CMSIPv4Addresses:<CMS IP address>');
    expect(recovery?.placeholders[0]).toMatchObject({ field: 'clusters[1].ipAddress', itemId: 'cms02' });
  });
});
