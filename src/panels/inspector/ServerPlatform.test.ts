// The platform sections are drawn again only when something they show changed.
import { describe, expect, it } from 'vitest';
import type { Server } from '../../model/index.ts';
import { templateById } from '../../templates/index.ts';
import { samePlatform } from './ServerPlatform.tsx';

const server = (): Server => templateById('figure-3')!.plan.servers.find((s) => s.name === 'CAS01')!;
const same = (patch: Partial<Server>) => samePlatform({ server: server() }, { server: { ...server(), ...patch } });

describe('the platform sections of the inspector', () => {
  it('are not drawn again for a role, name, site or cluster edit', () => {
    expect(same({ roles: ['ClientAccess', 'HubTransport'] })).toBe(true);
    expect(same({ name: 'CAS09', site: 'other', cluster: 'cms01' })).toBe(true);
  });

  it('are drawn again when a field they show changes, or the server becomes a Mailbox server', () => {
    for (const patch of [{ os: 'windows2008' }, { arch: 'x86' }, { cores: 8 }, { lcr: true }, { storageGroups: 3 }, { product: 'exchange2003' }, { domainController: true }] as Partial<Server>[])
      expect(same(patch), JSON.stringify(patch)).toBe(false);
    expect(same({ roles: ['ClientAccess', 'Mailbox'] })).toBe(false);
    expect(same({ id: 'other' })).toBe(false);
  });
});
