import { describe, expect, it } from 'vitest';
import { parsePlan } from '../model/parse.ts';
import type { Plan } from '../model/schema.ts';
import { serializePlan } from '../model/serialize.ts';
import { base, withCcr } from './cases/baseline.ts';
import { ALL_CASES } from './cases/index.ts';
import { FIXABLE_RULES, quickFixes } from './fixes.ts';
import type { Finding } from './types.ts';
import { validate } from './validate.ts';

const sameFinding = (a: Finding) => (b: Finding) =>
  a.rule === b.rule && a.subjects.join('\n') === b.subjects.join('\n');

/** Applies every quick fix of every finding of `plan`, checking the generic promise of a fix. */
function checkEveryFix(plan: Plan, fixed: Set<string>): void {
  for (const finding of validate(plan)) {
    const fixes = quickFixes(plan, finding);
    expect(new Set(fixes.map((f) => f.label)).size, finding.rule).toBe(fixes.length);
    for (const fix of fixes) {
      const before = JSON.stringify(plan);
      const result = fix.apply(plan);
      const context = `${finding.rule} [${finding.subjects.join(', ')}]: ${fix.label}`;
      expect(JSON.stringify(plan), context).toBe(before);
      expect(validate(result).some(sameFinding(finding)), context).toBe(false);
      const reparsed = parsePlan(serializePlan(result));
      expect(reparsed.ok ? [] : reparsed.errors, context).toEqual([]);
      expect(fix.label, context).toMatch(/^[A-Z][^.]*[^.\s]$/);
      fixed.add(finding.rule);
    }
  }
}

describe('quick fixes', () => {
  it('each remove their finding and leave a plan that parses, for every finding of every case', () => {
    const fixed = new Set<string>();
    for (const c of ALL_CASES) checkEveryFix(c.fires, fixed);
    // Every rule that offers fixes had at least one of them exercised above.
    expect(FIXABLE_RULES.filter((rule) => !fixed.has(rule))).toEqual([]);
  });

  const labels = (plan: Plan, rule: string) => {
    const finding = validate(plan).find((f) => f.rule === rule);
    return finding ? quickFixes(plan, finding).map((f) => f.label) : [];
  };

  it('moves the other roles off a perimeter Edge server, and the Edge role off an internal one', () => {
    expect(
      labels(base().perimeter().server('EDGE01', ['HubTransport', 'EdgeTransport']).build(), 'edge-alone'),
    ).toEqual(['Move Hub Transport to a new server EX02 in Head office']);
    expect(
      labels(
        base().perimeter().server('EX02', ['ClientAccess', 'EdgeTransport'], { site: 'hq' }).build(),
        'edge-alone',
      ),
    ).toEqual(['Move Edge Transport to a new server EDGE01 in Perimeter network']);
  });

  it('carries the Edge subscriptions over to the new Edge server', () => {
    const p = base()
      .perimeter()
      .server('EX02', ['ClientAccess', 'EdgeTransport'], { site: 'hq' })
      .link('edge-subscription', 'ex02', 'hq')
      .build();
    const finding = validate(p).find((f) => f.rule === 'edge-alone')!;
    const after = quickFixes(p, finding)[0]!.apply(p);
    const edge = after.servers.find((s) => s.name === 'EDGE01');
    expect(edge).toMatchObject({ site: 'dmz', roles: ['EdgeTransport'] });
    expect(after.links.map((l) => l.from)).toEqual([edge?.id]);
  });

  it('adds the missing server to the site, or the role to its Mailbox server', () => {
    const p = base()
      .with((plan) => ({
        ...plan,
        servers: plan.servers.map((s) => ({ ...s, roles: ['Mailbox' as const, 'ClientAccess' as const] })),
      }))
      .build();
    expect(labels(p, 'site-needs-hub')).toEqual([
      'Add a Hub Transport server EX02 to Head office',
      'Add Hub Transport to EX01',
    ]);
    const after = quickFixes(
      p,
      validate(p).find((f) => f.rule === 'site-needs-hub')!,
    )[0]!.apply(p);
    expect(after.servers.at(-1)).toMatchObject({
      name: 'EX02',
      site: 'hq',
      roles: ['HubTransport'],
      product: 'exchange2007',
    });
  });

  it("puts the CCR witness on a Hub Transport server of the nodes' site", () => {
    expect(labels(withCcr(base(), {}, {}).build(), 'ccr-witness')).toEqual([
      'Put the file share witness on EX01',
    ]);
  });

  it('offers a routing group connector between the first Hub Transport and the first legacy server', () => {
    const p = base().server('LEG01', [], { product: 'exchange2003', legacyServicePack: 2 }).build();
    expect(labels(p, 'legacy-routing-group-connector')).toEqual([
      'Connect EX01 to LEG01 with a routing group connector',
    ]);
  });

  it('renames the second of two items that share a name', () => {
    expect(labels(base().server('ex01', [], { id: 'other' }).build(), 'name-duplicate')).toEqual([
      'Rename ex01 to ex02',
    ]);
  });

  it('points an SCR link that starts at a cluster node at its clustered mailbox server', () => {
    const p = withCcr().server('EX09', ['Mailbox']).link('scr', 'mb01', 'ex09').build();
    expect(labels(p, 'scr-source')).toEqual(['Start the SCR link at the clustered mailbox server CMS01']);
    const finding = validate(p).find((f) => f.rule === 'scr-source')!;
    const after = quickFixes(p, finding)[0]!.apply(p);
    expect(after.links.find((l) => l.kind === 'scr')).toMatchObject({ from: 'cms01', to: 'ex09' });
  });

  it('makes the cluster an SCR link ends at a standby cluster, and plans per-role core limits', () => {
    expect(labels(withCcr().link('scr', 'ex01', 'mb02').build(), 'scr-target')).toEqual([
      'Make CMS01 a standby cluster',
    ]);
    expect(labels(base().server('EX02', ['ClientAccess'], { cores: 8 }).build(), 'max-cores')).toEqual([
      'Plan 4 cores for EX02',
    ]);
  });

  it('offers nothing for rules without a mechanical remedy, or for unknown rules', () => {
    const p = base().build();
    expect(
      quickFixes(p, { rule: 'hub-mailbox-ratio', severity: 'warning', subjects: ['hq'], message: '' }),
    ).toEqual([]);
    expect(quickFixes(p, { rule: 'no-such-rule', severity: 'error', subjects: [], message: '' })).toEqual([]);
    expect(
      quickFixes(p, { rule: 'x64-required', severity: 'error', subjects: ['gone'], message: '' }),
    ).toEqual([]);
  });
});
