// What concurrent edits of one plan keep: fields merge one by one, roles merge as a set, and what
// a deletion elsewhere leaves dangling is repaired the same way on every replica.
import { describe, expect, it } from 'vitest';
import {
  addRole,
  addServer,
  moveServerToSite,
  removeItems,
  renameItem,
  setPosition,
  updateServer,
  addLink,
  newId,
  nextComputerName,
  type Plan,
} from '../model/index.ts';
import { plan } from '../model/builder.ts';
import { deliver, replicas, text, type Replica } from './testing/replicas.ts';

const base = plan('Merge')
  .site('hq')
  .site('branch')
  .server('EX01', ['Mailbox'])
  .server('EX02', ['HubTransport'])
  .with((p) => ({ ...p, layout: { hq: { x: 0, y: 0, width: 800, height: 400 }, branch: { x: 900, y: 0, width: 800, height: 400 }, ex01: { x: 24, y: 56 } } }))
  .build();

/** Two replicas each make one edit offline, then swap updates. */
function concurrently(first: (p: Plan) => Plan, second: (p: Plan) => Plan): [Replica, Replica] {
  const [a, b] = replicas(base, 2) as [Replica, Replica];
  a.edit(first);
  b.edit(second);
  for (const u of a.made) deliver(b, u);
  for (const u of b.made) deliver(a, u);
  expect(text(a.document.plan)).toBe(text(b.document.plan));
  return [a, b];
}

const ex01 = (r: Replica) => r.document.plan.servers.find((s) => s.id === 'ex01');

describe('concurrent edits of one plan', () => {
  it('keeps both changes to different fields of one server', () => {
    const [a] = concurrently((p) => updateServer(p, 'ex01', { os: 'windows2008' }), (p) => updateServer(p, 'ex01', { arch: 'x86' }));
    expect(ex01(a)).toMatchObject({ os: 'windows2008', arch: 'x86' });
  });

  it('keeps both roles two people add to one server', () => {
    const [a] = concurrently((p) => addRole(p, 'ex01', 'ClientAccess'), (p) => addRole(p, 'ex01', 'HubTransport'));
    expect([...ex01(a)!.roles].sort()).toEqual(['ClientAccess', 'HubTransport', 'Mailbox']);
  });

  it('adds one role once when both add it', () => {
    const [a] = concurrently((p) => addRole(p, 'ex01', 'ClientAccess'), (p) => addRole(p, 'ex01', 'ClientAccess'));
    expect(ex01(a)!.roles).toEqual(['Mailbox', 'ClientAccess']);
  });

  it('applies a concurrent move and rename of one server', () => {
    const [a] = concurrently(
      (p) => setPosition(moveServerToSite(p, 'ex01', 'branch'), 'ex01', { x: 40, y: 80 }),
      (p) => renameItem(p, 'ex01', 'MBX01'),
    );
    expect(ex01(a)).toMatchObject({ name: 'MBX01', site: 'branch' });
    expect(a.document.plan.layout!.ex01).toEqual({ x: 40, y: 80 });
  });

  it('keeps both servers two people add at once', () => {
    const add = (p: Plan) => addServer(p, { id: newId(p, 'server'), name: nextComputerName(p), site: 'hq', roles: ['ClientAccess'] });
    const [a] = concurrently(add, add);
    expect(a.document.plan.servers).toHaveLength(4);
  });

  it('unplaces a server moved into a site that was deleted elsewhere', () => {
    const [a] = concurrently((p) => moveServerToSite(p, 'ex02', 'branch'), (p) => removeItems(p, ['branch']));
    expect(a.document.plan.sites.map((s) => s.id)).toEqual(['hq']);
    expect(a.document.plan.servers.find((s) => s.id === 'ex02')!.site).toBeUndefined();
  });

  it('removes a link whose end was deleted elsewhere, and the deleted item’s layout entry', () => {
    const [a] = concurrently(
      (p) => addLink(p, { id: 'l1', kind: 'connection', from: 'ex01', to: 'ex02' }),
      (p) => removeItems(p, ['ex01']),
    );
    expect(a.document.plan.links).toEqual([]);
    expect(a.document.plan.layout!.ex01).toBeUndefined();
  });

  it('drops a layout entry whose item was deleted while it was moved', () => {
    const [a] = concurrently((p) => setPosition(p, 'ex02', { x: 300, y: 56 }), (p) => removeItems(p, ['ex02']));
    expect(a.document.plan.layout!.ex02).toBeUndefined();
  });

  it('makes a server that became a global catalog while it stopped being a domain controller neither', () => {
    const [a] = concurrently((p) => updateServer(p, 'ex01', { globalCatalog: true }), (p) => updateServer(p, 'ex01', { domainController: false }));
    const s = ex01(a)!;
    expect(s.globalCatalog && !s.domainController).toBe(false);
  });

  it('undoes only this replica’s edit, keeping what arrived from the other', () => {
    const [a, b] = concurrently((p) => updateServer(p, 'ex01', { os: 'windows2008' }), (p) => renameItem(p, 'ex01', 'MBX01'));
    a.document.undo();
    for (const u of a.made.slice(1)) deliver(b, u);
    for (const r of [a, b]) expect(ex01(r)).toMatchObject({ name: 'MBX01', os: 'windows2003' });
    expect(a.document.canUndo).toBe(false);
  });
});
