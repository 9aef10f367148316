// The canvas validates each edited plan incrementally; the CLI and the exports validate afresh.
// They must never disagree: random runs of edits (every kind the model offers, plus quick fixes,
// core counts and invalid names, which the item-by-item rules judge), each step checked against a
// full validate(): the same findings in the same order.
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { editPick, randomEdit } from '../model/testing/randomEdits.ts';
import { addRole, addServer, newId, nextComputerName, renameItem, updateServer, type Plan, type Server } from '../model/index.ts';
import { nameDuplicate } from './names.ts';
import { threeSitePlan } from '../render/testing/threeSitePlan.ts';
import { templateById } from '../templates/index.ts';
import { ALL_CASES } from './cases/index.ts';
import { quickFixes } from './fixes.ts';
import { createValidator } from './incremental.ts';
import { validate } from './validate.ts';
import { expectValidatedAlike } from './testing/validatesAlike.ts';

const NAMES = ['EX-01', '1234', 'a-name-far-too-long-for-netbios', 'EX 01', 'ex-01'];

const step = fc.oneof(
  { weight: 6, arbitrary: editPick.map((pick) => randomEdit(pick)) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), cores: fc.integer({ min: 1, max: 16 }) }).map(({ at, cores }) => (p: Plan) => {
    const s = p.servers[at % Math.max(1, p.servers.length)];
    return s ? updateServer(p, s.id, { cores }) : p;
  }) },
  { weight: 1, arbitrary: fc.record({ at: fc.nat(), name: fc.constantFrom(...NAMES) }).map(({ at, name }) => (p: Plan) => {
    const items = [...p.servers, ...p.clusters, ...p.infrastructure];
    const item = items[at % Math.max(1, items.length)];
    return item ? renameItem(p, item.id, name) : p;
  }) },
  // One server's platform (the per-server rules re-check it alone), or the Exchange build they all read.
  { weight: 2, arbitrary: fc.record({ at: fc.nat(), field: fc.nat(5), n: fc.nat() }).map(({ at, field, n }) => (p: Plan) => {
    const s = p.servers[at % Math.max(1, p.servers.length)];
    if (field === 5) return { ...p, exchange: { ...p.exchange, servicePack: (['RTM', 'SP1', 'SP2', 'SP3'] as const)[n % 4]! } };
    const changes: Partial<Server>[] = [
      { os: (['windows2003', 'windows2003-rtm', 'windows2008', 'windows2008r2'] as const)[n % 4] },
      { arch: n % 2 ? 'x86' : 'x64' },
      { exchangeEdition: n % 2 ? 'standard' : 'enterprise', storageGroups: n % 9 },
      { domainController: n % 2 === 0, globalCatalog: n % 3 === 0 },
      { roles: n % 2 ? [] : ['Mailbox'], product: n % 3 ? 'exchange2007' : 'exchange2003' },
    ];
    return s ? updateServer(p, s.id, changes[field]!) : p;
  }) },
  // A server added at the end (a palette add), with a new name or one the plan may hold already.
  { weight: 2, arbitrary: fc.record({ site: fc.nat(), name: fc.option(fc.constantFrom(...NAMES)) }).map(({ site, name }) => (p: Plan) => {
    const at = p.sites[site % (p.sites.length + 1)];
    const server = { id: newId(p, 'server'), name: name ?? nextComputerName(p), roles: ['Mailbox' as const] };
    return addServer(p, at ? { ...server, site: at.id } : server);
  }) },
  { weight: 1, arbitrary: fc.nat().map((at) => (p: Plan) => {
    const findings = validate(p);
    const finding = findings[at % Math.max(1, findings.length)];
    const fix = finding ? quickFixes(p, finding)[0] : undefined;
    return fix ? fix.apply(p) : p;
  }) },
);

const starts: Array<[string, () => Plan]> = [
  ['Figure 3', () => templateById('figure-3')!.plan],
  ['30 servers in 3 sites', threeSitePlan],
  ...ALL_CASES.filter((_, i) => i % 6 === 0).map((c): [string, () => Plan] => [`${c.rule} (${c.when})`, () => c.fires]),
];

describe.each(starts)('validating %s edit after edit', (_, start) => {
  it('gives exactly the findings of a full validation, in order', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 15 }), (steps) => expectValidatedAlike(start(), steps)),
      { numRuns: 25 },
    );
  });
});

describe('incremental validation', () => {
  it('finds nothing again for a move, and only the renamed server for a rename', () => {
    const check = createValidator();
    const plan = threeSitePlan();
    const first = check(plan);
    const moved = { ...plan, layout: { ...plan.layout, [plan.servers[0]!.id]: { x: 500, y: 500 } } };
    expect(check(moved)).toEqual(first);
    const renamed = renameItem(moved, plan.servers[0]!.id, '1234');
    expect(check(renamed).filter((f) => f.rule === 'name-invalid').map((f) => f.subjects)).toEqual([[plan.servers[0]!.id]]);
  });

  it('keeps each finding that did not change as the same object, and the same list when none did', () => {
    const check = createValidator();
    const plan = threeSitePlan();
    const named = renameItem(plan, plan.servers[0]!.id, '1234');
    const first = check(named);
    expect(first.length).toBeGreaterThan(1);
    // A core count re-checks every rule that reads servers; their findings come out equal.
    const cores = updateServer(named, plan.servers[1]!.id, { cores: 2 });
    expect(check(cores)).toBe(first);
    // Renamed back: the name finding goes, every other finding is the object it was.
    const fixed = renameItem(cores, plan.servers[0]!.id, 'EX-FIXED');
    const after = check(fixed);
    expect(after).toEqual(validate(fixed));
    expect(after.some((f) => f.rule === 'name-invalid')).toBe(false);
    expect(after.every((f) => first.includes(f))).toBe(true);
  });

  it('checks names again only when a name changed: a role edit keeps the duplicate-name findings as they were', () => {
    const check = createValidator();
    const plan = threeSitePlan();
    const [a, b] = plan.servers;
    const clash = renameItem(plan, b!.id, a!.name.toLowerCase());
    const first = check(clash).filter((f) => f.rule === 'name-duplicate');
    expect(first).toHaveLength(1);
    const roled = addRole(clash, a!.id, 'UnifiedMessaging');
    const renamed = renameItem(roled, b!.id, 'EX-OTHER');
    const [afterRole, afterRename] = [validate(roled), validate(renamed)];
    const names = vi.spyOn(nameDuplicate, 'check');
    try {
      expect(check(roled)).toEqual(afterRole);
      expect(names).not.toHaveBeenCalled();
      expect(check(renamed)).toEqual(afterRename);
      expect(names).toHaveBeenCalledTimes(1);
    } finally {
      names.mockRestore();
    }
  });
});

describe('a server added at the end (a palette add)', () => {
  const add = (p: Plan, name: string) => addServer(p, { id: newId(p, 'server'), name, site: p.sites[0]!.id, roles: ['Mailbox'] });

  it('looks its name up among the last plan\'s instead of checking every name again, and finds a clash all the same', () => {
    const validator = createValidator();
    let checks = 0;
    /** The incremental findings (compared with a full validation), counting name-duplicate's checks of every name. */
    const check = (plan: Plan) => {
      const names = vi.spyOn(nameDuplicate, 'check');
      const found = validator(plan);
      checks += names.mock.calls.length;
      names.mockRestore();
      expect(found).toEqual(validate(plan));
      return found;
    };
    let plan = threeSitePlan();
    check(plan);
    checks = 0;
    for (let i = 0; i < 40; i++) check((plan = add(plan, nextComputerName(plan))));
    // A role edit keeps the names as they were; the next add is looked up still.
    check((plan = addRole(plan, plan.servers[0]!.id, 'UnifiedMessaging')));
    check((plan = add(plan, 'EX-FRESH')));
    expect(checks).toBe(0);
    // A name the plan holds (in another case): checked afresh, the clash found.
    const found = check(add(plan, plan.servers[3]!.name.toLowerCase()));
    expect(found.some((f) => f.rule === 'name-duplicate')).toBe(true);
    expect(checks).toBe(1);
  });
});
