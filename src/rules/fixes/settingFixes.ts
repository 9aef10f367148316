// Quick fixes that change one setting: editions, architecture, OS, service packs, AD levels.
import { updatePlan, updateServer } from '../../model/edits.ts';
import { PRODUCT_LABEL } from '../../model/labels.ts';
import type { Plan, Server, ServicePack } from '../../model/schema.ts';
import { LEGACY_MIN_SP } from '../coexistence.ts';
import type { FixMaker } from '../fixes.ts';
import { coreLimit, STORAGE_GROUP_LIMIT } from '../platform.ts';
import type { PlanIndex } from '../planIndex.ts';
import type { QuickFix } from '../types.ts';
import { nameOf } from '../words.ts';

type ServerPatch = Parameters<typeof updateServer>[2];

const serverOf = (ix: PlanIndex, id: string | undefined) => (id === undefined ? undefined : ix.server(id));

/** A fix that patches the server named by the finding's subject at `at`. */
function patchServer(
  at: number,
  label: (s: Server) => string | undefined,
  patch: (s: Server) => ServerPatch,
): FixMaker {
  return (ix, f) => {
    const s = serverOf(ix, f.subjects[at]);
    const text = s && label(s);
    return s && text ? [{ label: text, apply: (plan) => updateServer(plan, s.id, patch(s)) }] : [];
  };
}

const servicePack = (sp: ServicePack): QuickFix => ({
  label: `Plan Exchange 2007 ${sp}`,
  apply: (plan) => updatePlan(plan, { servicePack: sp }),
});

const activeDirectory = (label: string, patch: NonNullable<Plan['activeDirectory']>): QuickFix => ({
  label,
  apply: (plan) => updatePlan(plan, { activeDirectory: { ...plan.activeDirectory, ...patch } }),
});

const OS_FIRST_SP: Partial<Record<Server['os'], ServicePack>> = { windows2008: 'SP1', windows2008r2: 'SP3' };

export const SETTING_FIXES: Record<string, FixMaker> = {
  'cluster-exchange-enterprise': patchServer(
    0,
    (s) => `Set ${nameOf(s.name)} to Exchange Enterprise Edition`,
    () => ({ exchangeEdition: 'enterprise' }),
  ),
  'cluster-windows-enterprise': patchServer(
    0,
    (s) => `Set ${nameOf(s.name)} to Windows Enterprise Edition`,
    () => ({ windowsEdition: 'enterprise' }),
  ),
  'cluster-node-not-dc': patchServer(
    0,
    (s) => `Make ${nameOf(s.name)} a member server, not a domain controller`,
    () => ({ domainController: false }),
  ),
  'x64-required': patchServer(
    0,
    (s) => `Make ${nameOf(s.name)} a 64-bit (x64) server`,
    () => ({ arch: 'x64' }),
  ),
  'max-cores': patchServer(
    0,
    (s) => {
      const limit = coreLimit(s);
      return limit && `Plan ${limit.cores} cores for ${nameOf(s.name)}`;
    },
    (s) => ({ cores: coreLimit(s)?.cores }),
  ),
  'exchange-on-dc': patchServer(
    0,
    (s) => `Make ${nameOf(s.name)} a member server, not a domain controller`,
    () => ({ domainController: false }),
  ),
  'legacy-service-pack': patchServer(
    0,
    (s) => `Plan ${PRODUCT_LABEL[s.product]} SP${LEGACY_MIN_SP[s.product]} on ${nameOf(s.name)}`,
    (s) => ({ legacyServicePack: LEGACY_MIN_SP[s.product] }),
  ),
  'os-supported': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    if (!s) return [];
    const fixes: QuickFix[] = [
      {
        label: `Run ${nameOf(s.name)} on Windows Server 2003 SP1/R2`,
        apply: (plan) => updateServer(plan, s.id, { os: 'windows2003' }),
      },
    ];
    const sp = OS_FIRST_SP[s.os];
    if (sp) fixes.push(servicePack(sp));
    return fixes;
  },
  'scr-needs-sp1': () => [servicePack('SP1')],
  'storage-group-limit': (ix, f) => {
    const s = serverOf(ix, f.subjects[0]);
    if (!s) return [];
    const fixes: QuickFix[] = [];
    if (s.exchangeEdition === 'standard' && (s.storageGroups ?? 0) <= STORAGE_GROUP_LIMIT.enterprise)
      fixes.push({
        label: `Set ${nameOf(s.name)} to Exchange Enterprise Edition`,
        apply: (plan) => updateServer(plan, s.id, { exchangeEdition: 'enterprise' }),
      });
    const limit = STORAGE_GROUP_LIMIT[s.exchangeEdition];
    fixes.push({
      label: `Plan ${limit} storage groups on ${nameOf(s.name)}`,
      apply: (plan) => updateServer(plan, s.id, { storageGroups: limit }),
    });
    return fixes;
  },
  'ad-domain-level': (ix) =>
    ix.plan.activeDirectory?.domainFunctionalLevel === 'windows2003-interim'
      ? [
          activeDirectory('Raise the domain functional level to Windows Server 2003', {
            domainFunctionalLevel: 'windows2003',
          }),
        ]
      : [
          activeDirectory('Raise the domain functional level to Windows 2000 native', {
            domainFunctionalLevel: 'windows2000-native',
          }),
        ],
  'ad-schema-master': () => [
    activeDirectory('Move the schema master to Windows Server 2003 SP1 or later', {
      schemaMasterOs: 'windows2003',
    }),
  ],
};
