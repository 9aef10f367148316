import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { base } from './cases/baseline.ts';
import { checkCases } from './cases/ruleCase.ts';
import { SITE_CASES } from './cases/sites.ts';
import { validate } from './validate.ts';

checkCases(SITE_CASES);

const rulesOf = (p: Parameters<typeof validate>[0]) => validate(p).map((f) => f.rule);

describe('sites and dependencies', () => {
  it('counts only Exchange 2007 servers for a site', () => {
    const p = base()
      .site('br', 'ad-site', 'Branch')
      .server('LEG01', [], { product: 'exchange2003', legacyServicePack: 2 })
      .build();
    const rules = rulesOf(p);
    expect(rules).not.toContain('site-needs-gc');
    expect(rules).not.toContain('site-needs-hub');
  });

  it('asks nothing of an organization without Exchange 2007 servers', () => {
    const p = plan()
      .site('hq')
      .gc()
      .server('LEG01', [], { product: 'exchange2003', legacyServicePack: 2 })
      .build();
    expect(rulesOf(p)).not.toContain('org-core-roles');
  });

  it('names every missing core role in one org-core-roles finding', () => {
    const p = plan()
      .site('hq', 'ad-site', 'Head office')
      .gc()
      .perimeter()
      .server('EDGE01', ['EdgeTransport'])
      .build();
    const found = validate(p).filter((f) => f.rule === 'org-core-roles');
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain('Mailbox, Client Access or Hub Transport');
  });

  it('applies the site dependency rules to Active Directory sites only', () => {
    const p = base().perimeter().server('EX02', ['Mailbox']).build();
    const rules = rulesOf(p);
    expect(rules).toContain('role-needs-forest');
    expect(rules).not.toContain('site-needs-hub');
    expect(rules).not.toContain('site-needs-gc');
  });

  it('reports a wrong-kind link once, under link-endpoints only', () => {
    const p = base()
      .perimeter()
      .server('EDGE01', ['EdgeTransport'])
      .link('edge-subscription', 'edge01', 'dmz')
      .build();
    const found = validate(p).filter((f) => f.subjects.includes('edge-subscription-edge01-dmz'));
    expect(found.map((f) => f.rule)).toEqual(['link-endpoints']);
  });
});
