import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyPlan, type Plan } from './index.ts';
import { computerNames, newId, nextComputerName, setReplicaIdSuffix } from './freshNames.ts';

// The plain computations: a set of every id, of every computer name upper-cased.
function plainId(plan: Plan, prefix: string, taken: ReadonlySet<string>, suffix: string): string {
  const ids = new Set([plan.sites, plan.servers, plan.clusters, plan.infrastructure, plan.links].flat().map((i) => i.id));
  for (let n = 1; ; n++) if (!ids.has(`${prefix}-${n}${suffix}`) && !taken.has(`${prefix}-${n}${suffix}`)) return `${prefix}-${n}${suffix}`;
}
function plainName(plan: Plan, prefix: string, taken: ReadonlySet<string>): string {
  const names = computerNames(plan);
  for (let n = 1; ; n++) {
    const c = `${prefix}${String(n).padStart(2, '0')}`;
    if (!names.has(c.toUpperCase()) && !taken.has(c.toUpperCase())) return c;
  }
}

// Names and ids made to collide with the candidates: cases, leading zeros, letters that upper-case to ASCII.
const PREFIXES = ['EX', 'ex', 'DC', 'CMS', 'EDGE', 'EX2003-', 'S.1', 'Straße', 'STRASSE', 'ı', 'I', 'K', 'server', 'site', 'a(b'];
const piece = fc.constantFrom(...PREFIXES, 'Ex', 'eX', 'EDGe', 'dc', 'ı', 'i', 'I', 'ß', 'SS', 'ss', 'K', '\u212a', 'strasse', 'STRASSE', '-', '');
const digits = fc.constantFrom('', '1', '01', '02', '001', '2', '3', '10', '11', '9', '09', '010', '-1', '-2', '-3', '-01');
const word = fc.tuple(piece, digits, fc.constantFrom('', '', '', '-k2', '-x', 'a')).map((p) => p.join(''));

const planOf = (names: string[], ids: string[], kinds: boolean[]): Plan => {
  const plan = emptyPlan();
  const at = (i: number) => ids[i % ids.length] ?? `id${i}`;
  plan.servers = names.map((name, i) => ({ ...emptyServer(), id: at(i), name }));
  plan.clusters = names.slice(0, 3).map((name, i) => ({ id: at(i + 7), name: `${name}c`, type: 'CCR' as const }));
  plan.infrastructure = kinds.map((dc, i) => (dc ? { id: at(i + 3), kind: 'domain-controller' as const, name: names[i] ?? 'DC01', globalCatalog: true, os: 'windows2003' as const, readOnly: false } : { id: at(i + 5), kind: 'firewall' as const, name: names[i] ?? 'FW' }));
  plan.sites = ids.slice(0, 2).map((id) => ({ id, name: id, kind: 'ad-site' as const }));
  return plan;
};
const emptyServer = () => ({ product: 'exchange2007' as const, roles: [], os: 'windows2003' as const, arch: 'x64' as const, windowsEdition: 'standard' as const, exchangeEdition: 'standard' as const, domainController: false, globalCatalog: false, lcr: false });

describe('fresh ids and computer names', () => {
  afterEach(() => setReplicaIdSuffix(''));

  it('are those of the plain computation (sets of every id and every name), over random plans', () => {
    fc.assert(
      fc.property(fc.array(word, { maxLength: 30 }), fc.array(word, { maxLength: 30 }), fc.array(fc.boolean(), { maxLength: 4 }), fc.constantFrom(...PREFIXES), fc.array(word, { maxLength: 3 }), fc.constantFrom('', 'k2', 'x'), (names, ids, kinds, prefix, taken, suffix) => {
        setReplicaIdSuffix(suffix);
        const plan = planOf(names, ids, kinds);
        const takenIds = new Set(taken);
        const takenNames = new Set(taken.map((t) => t.toUpperCase()));
        expect(newId(plan, prefix, takenIds)).toBe(plainId(plan, prefix, takenIds, suffix ? `-${suffix}` : ''));
        expect(nextComputerName(plan, prefix, takenNames)).toBe(plainName(plan, prefix, takenNames));
      }),
      { numRuns: 3000 },
    );
  });

  it('skip names that are a candidate only once upper-cased, and ids of a replica suffix', () => {
    const plan = planOf(['ex01', 'Ex02', 'EX04', 'DC1', 'dc01', 'ı01'], ['server-1', 'server-2-k2', 'server-02', 'server-3'], [true]);
    expect(nextComputerName(plan)).toBe('EX03');
    expect(nextComputerName(plan, 'DC')).toBe('DC02');
    expect(nextComputerName(plan, 'I')).toBe('I02');
    expect(nextComputerName(planOf(['STRASSE01'], ['a'], []), 'Straße')).toBe('Straße02');
    expect(newId(plan, 'server')).toBe('server-2');
    setReplicaIdSuffix('k2');
    expect(newId(plan, 'server')).toBe('server-1-k2');
    expect(newId(planOf([], ['server-1-k2', 'server-2-k2'], []), 'server')).toBe('server-3-k2');
  });
});
