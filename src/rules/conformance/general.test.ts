// rules.md v2, the parts every rule shares: the catalog, the Findings section, and the plans the
// spec considers clean (so neither an added rule nor a default may put a finding on them).
import { describe, expect, it } from 'vitest';
import { RULES } from '../catalog.ts';
import { TEMPLATES } from '../../templates/index.ts';
import { validate } from '../validate.ts';
import {
  SPEC_SEVERITIES,
  adSite,
  cleanSite,
  cluster,
  findings,
  gc,
  link,
  merge,
  node,
  perimeter,
  server,
  withClean,
} from './harness.ts';

describe('the catalog', () => {
  it('has every rule of the spec with the spec severity', () => {
    const ours = new Map(RULES.map((r) => [r.id, r.severity]));
    for (const [id, severity] of Object.entries(SPEC_SEVERITIES))
      expect([id, ours.get(id)]).toEqual([id, severity]);
  });

  it('adds only the two documented rules beyond the spec', () => {
    const extra = RULES.map((r) => r.id).filter((id) => !(id in SPEC_SEVERITIES));
    expect(extra.sort()).toEqual(['cms-data-path', 'site-name-invalid']);
  });
});

describe('clean plans', () => {
  it('an empty plan has no findings', () => {
    expect(findings({})).toEqual([]);
  });

  it('a site with Mailbox, two Client Access, two Hub Transport and a global catalog has no findings', () => {
    expect(findings(cleanSite())).toEqual([]);
  });

  it('site names with spaces and punctuation are ordinary', () => {
    const doc = cleanSite('hq');
    doc.sites = [adSite('hq', 'Head office (Paris) - 2nd floor, bldg. #3 & annex')];
    expect(findings(doc)).toEqual([]);
  });

  it('a subscribed Edge in the perimeter and an SCC with S:\\Exchange as data path add nothing', () => {
    const doc = withClean({
      sites: [perimeter('dmz', 'Perimeter network')],
      servers: [
        server('EDGE01', ['EdgeTransport'], { site: 'dmz' }),
        node('SCCN1', 'scc1', { site: 'hq' }),
        node('SCCN2', 'scc1', { site: 'hq' }),
      ],
      clusters: [cluster('SCC1', 'SCC', { dataPath: 'S:\\Exchange', ipAddress: '10.0.0.50' })],
      links: [link('edge-subscription', 'edge01', 'hq')],
    });
    expect(findings(doc)).toEqual([]);
  });

  it.each([
    'S:\\',
    'S:\\Exchange Server\\CMS data',
    'D:\\Program Files\\Microsoft\\Exchange Server\\Mailbox',
  ])('an SCC data path %j is not a finding', (dataPath) => {
    const doc = withClean({
      servers: [node('SCCN1', 'scc1', { site: 'hq' }), node('SCCN2', 'scc1', { site: 'hq' })],
      clusters: [cluster('SCC1', 'SCC', { dataPath })],
    });
    expect(findings(doc)).toEqual([]);
  });

  it('no template carries a finding of an added rule, and no template an error', () => {
    for (const template of TEMPLATES) {
      const out = validate(template.plan);
      expect(
        out.filter((f) => !(f.rule in SPEC_SEVERITIES)),
        template.id,
      ).toEqual([]);
      expect(
        out.filter((f) => f.severity === 'error'),
        template.id,
      ).toEqual([]);
    }
  });
});

describe('the Findings section', () => {
  // One plan with findings of all three severities, several per rule.
  const busy = merge(cleanSite(), {
    sites: [perimeter('dmz')],
    servers: [
      server('Z-EDGE', ['EdgeTransport', 'HubTransport'], { site: 'dmz' }),
      server('A-EDGE', ['EdgeTransport', 'Mailbox'], { site: 'dmz' }),
      server('LOOSE', ['ClientAccess']),
    ],
    infrastructure: [gc('DC9', { site: 'hq', readOnly: true })],
  });

  it('comes sorted: errors, warnings, info; then rule id; then subjects', () => {
    const out = findings(busy);
    expect(out.map((f) => `${f.severity} ${f.rule} ${f.subjects.join(',')}`)).toEqual(
      [...out]
        .sort(
          (a, b) =>
            ['error', 'warning', 'info'].indexOf(a.severity) -
              ['error', 'warning', 'info'].indexOf(b.severity) ||
            (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
            (a.subjects.join(' ') < b.subjects.join(' ')
              ? -1
              : a.subjects.join(' ') > b.subjects.join(' ')
                ? 1
                : 0),
        )
        .map((f) => `${f.severity} ${f.rule} ${f.subjects.join(',')}`),
    );
    expect(out.filter((f) => f.rule === 'edge-alone').map((f) => f.subjects)).toEqual([
      ['a-edge'],
      ['z-edge'],
    ]);
    expect(new Set(out.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
  });

  it('names items by their names, not their ids', () => {
    const doc = {
      sites: [perimeter('dmz')],
      servers: [{ id: 's-17', name: 'EDGE01', roles: ['EdgeTransport', 'HubTransport'], site: 'dmz' }],
    };
    const [finding] = findings(doc).filter((f) => f.rule === 'edge-alone');
    expect(finding?.subjects).toEqual(['s-17']);
    expect(finding?.message).toContain('EDGE01');
    expect(finding?.message).not.toContain('s-17');
  });
});
