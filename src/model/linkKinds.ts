// Which kinds of link make sense between two items, best first: what a drawn connection becomes.
import type { LinkKind, Plan } from './schema.ts';

export function linkKindsFor(plan: Plan, from: string, to: string): LinkKind[] {
  if (from === to) return [];
  const server = (id: string) => plan.servers.find((s) => s.id === id);
  const site = (id: string) => plan.sites.find((s) => s.id === id);
  const cluster = (id: string) => plan.clusters.find((c) => c.id === id);
  const a = server(from);
  const b = server(to);
  const legacy = (s: typeof a) => s?.product === 'exchange2003' || s?.product === 'exchange2000';
  const hub = (s: typeof a) => s?.product === 'exchange2007' && s.roles.includes('HubTransport');
  const mailbox = (s: typeof a) => s?.product === 'exchange2007' && s.roles.includes('Mailbox');
  if (a?.roles.includes('EdgeTransport') && site(to)?.kind === 'ad-site') return ['edge-subscription', 'connection'];
  if ((hub(a) && legacy(b)) || (legacy(a) && hub(b))) return ['routing-group-connector', 'connection'];
  if ((mailbox(a) || cluster(from)) && mailbox(b) && !b?.cluster) return ['scr', 'connection'];
  return ['connection'];
}
