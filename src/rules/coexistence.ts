// Coexistence with earlier versions: what an Exchange 2000/2003 organization needs before 2007.
import { PRODUCT_LABEL } from '../model/labels.ts';
import type { Product } from '../model/schema.ts';
import { family } from './define.ts';
import type { Finding } from './types.ts';
import { nameOf } from './words.ts';

const rule = family('Coexistence with earlier versions');

/** The lowest service pack Exchange 2007 accepts on each earlier version it can coexist with. */
export const LEGACY_MIN_SP: Partial<Record<Product, number>> = { exchange2003: 2, exchange2000: 3 };

export const legacyExchange55 = rule(
  {
    id: 'legacy-exchange55',
    severity: 'error',
    title: 'No Exchange 5.5 servers',
    why: 'Exchange 2007 needs the organization in native mode, which Exchange 5.5 servers prevent.',
    sources: ['COEX'],
    fix: 'Decommission every Exchange 5.5 server and switch the organization to native mode.',
  },
  (ix, found) =>
    ix.earlier
      .filter((s) => s.product === 'exchange55')
      .map((s) =>
        found(
          [s.id],
          `${nameOf(s.name)} runs Exchange 5.5. Exchange 2007 needs the organization in native mode: decommission ${nameOf(s.name)} first.`,
        ),
      ),
);

export const legacyNativeMode = rule(
  {
    id: 'legacy-native-mode',
    severity: 'error',
    title: 'The Exchange 2000/2003 organization must be in native mode',
    why: 'Exchange 2007 joins only an organization in native mode. The switch is made in Exchange System Manager once no Exchange 5.5 server, Site Replication Service or Active Directory Connector remains.',
    sources: ['COEX', 'UPGRADE'],
    fix: 'Switch the organization to native mode in Exchange System Manager before installing Exchange 2007.',
  },
  (ix, found) => {
    const legacy = ix.legacy[0];
    if (!legacy || ix.plan.exchange.legacyMode !== 'mixed') return [];
    return [
      found(
        [],
        `The Exchange organization of ${PRODUCT_LABEL[legacy.product]} server ${nameOf(legacy.name)} is in mixed mode. Exchange 2007 joins only an organization in native mode: remove every Exchange 5.5 server, Site Replication Service and Active Directory Connector, then switch to native mode in Exchange System Manager.`,
      ),
    ];
  },
);

/** The Exchange 2000 update rollup Exchange 2007 needs beside SP3. */
export const EXCHANGE_2000_ROLLUP = 'the August 2004 Exchange 2000 Server post-SP3 update rollup (KB870540)';

export const legacyServicePack = rule(
  {
    id: 'legacy-service-pack',
    severity: 'error',
    title: 'Earlier Exchange servers on their last service pack',
    why: 'Exchange 2007 coexists with Exchange 2003 SP2 or later, and with Exchange 2000 SP3 or later with the August 2004 post-SP3 update rollup (KB870540).',
    sources: ['COEX', 'UPGRADE'],
    fix: 'Apply Exchange 2003 SP2, or Exchange 2000 SP3 and the post-SP3 rollup KB870540, to the server.',
  },
  (ix, found) => {
    const out: Finding[] = [];
    for (const s of ix.legacy) {
      const min = LEGACY_MIN_SP[s.product];
      if (min === undefined || s.legacyServicePack === undefined || s.legacyServicePack >= min) continue;
      const product = PRODUCT_LABEL[s.product];
      const rollup = s.product === 'exchange2000' ? ` and ${EXCHANGE_2000_ROLLUP}` : '';
      out.push(
        found(
          [s.id],
          `${nameOf(s.name)} runs ${product} SP${s.legacyServicePack}. Exchange 2007 needs ${product} SP${min} or later${rollup}: apply ${rollup ? 'them' : 'it'} before installing Exchange 2007.`,
        ),
      );
    }
    return out;
  },
);

export const legacyRoutingGroupConnector = rule(
  {
    id: 'legacy-routing-group-connector',
    severity: 'error',
    title: 'Connect Exchange 2007 to the earlier routing groups',
    why: 'Without a routing group connector, mail does not flow between Exchange 2007 and Exchange 2000/2003; the first Hub Transport is installed with a legacy bridgehead.',
    sources: ['DEPLOY', 'MODIFY'],
    fix: 'Add a routing group connector between an Exchange 2007 Hub Transport server and an Exchange 2000/2003 bridgehead.',
  },
  (ix, found) => {
    const legacy = ix.legacy[0];
    const hub = ix.firstWithRole.HubTransport;
    if (!legacy || !hub || ix.ofKind('routing-group-connector').length > 0) return [];
    return [
      found(
        [],
        `The plan has ${PRODUCT_LABEL[legacy.product]} server ${nameOf(legacy.name)} and Exchange 2007 Hub Transport server ${nameOf(hub.name)} but no routing group connector, so mail will not flow between the versions. Add one (Setup /LegacyRoutingServer on the first Hub Transport).`,
      ),
    ];
  },
);

export const legacyLinkState = rule(
  {
    id: 'legacy-link-state',
    severity: 'warning',
    title: 'Suppress link state updates before a second routing group connector',
    why: 'With more than one routing group connector, minor link state updates must be suppressed on every Exchange 2000/2003 server to avoid routing loops.',
    sources: ['LINKSTATE'],
    fix: 'Suppress minor link state updates on every Exchange 2000/2003 server first.',
  },
  (ix, found) => {
    const connectors = ix.ofKind('routing-group-connector').length;
    if (connectors < 2) return [];
    return [
      found(
        [],
        `The plan has ${connectors} routing group connectors. Suppress minor link state updates on every Exchange 2000 and 2003 server before adding the second one.`,
      ),
    ];
  },
);

export const COEXISTENCE_RULES = [
  legacyExchange55,
  legacyNativeMode,
  legacyServicePack,
  legacyRoutingGroupConnector,
  legacyLinkState,
];
