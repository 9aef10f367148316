import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { setPositions, updateCluster } from '../model/edits.ts';
import { parsePlan } from '../model/parse.ts';
import { serializePlan } from '../model/serialize.ts';
import type { Finding } from '../rules/types.ts';
import { extractPlanFromSvg } from '../share/embed.ts';
import { renderSvg } from './svg.ts';
import { wellFormedProblems } from './testing/wellFormed.ts';

const headOffice = setPositions(
  plan('Contoso head office', 'SP1')
    .perimeter('dmz')
    .server('EDGE01', ['EdgeTransport'])
    .site('hq', 'ad-site', 'Head office')
    .server('HUB01', ['ClientAccess', 'HubTransport'])
    .server('MBX01', ['Mailbox'])
    .server('MBX02', ['Mailbox'])
    .server('EX2003', [], { product: 'exchange2003', legacyServicePack: 2 })
    .gc('DC01')
    .cluster('CMS01', 'CCR', ['mbx01', 'mbx02'], { witness: 'hub01' })
    .infra({ id: 'net', kind: 'internet', name: 'Internet' })
    .link('edge-subscription', 'edge01', 'hq', 'sub')
    .link('routing-group-connector', 'hub01', 'ex2003', 'rgc')
    .link('connection', 'net', 'edge01', 'wire')
    .build(),
  { net: { x: -200, y: 100 }, dmz: { x: 0, y: 0 }, hq: { x: 400, y: 0 } },
);

/** The <g> element of one item, from its start tag to the next item's (enough to look inside). */
function group(svg: string, id: string): string {
  const start = svg.indexOf(`data-id="${id}"`);
  expect(start, `no group for ${id}`).toBeGreaterThan(0);
  const next = svg.indexOf('data-id="', start + 10);
  return svg.slice(svg.lastIndexOf('<g', start), next < 0 ? undefined : next);
}

describe('renderSvg', () => {
  const findings: Finding[] = [
    { rule: 'r1', severity: 'warning', subjects: ['hub01'], message: 'one' },
    { rule: 'r2', severity: 'error', subjects: ['hub01', 'hq'], message: 'two' },
    { rule: 'r3', severity: 'info', subjects: ['cms01'], message: 'three' },
  ];
  const svg = renderSvg(headOffice, { findings, date: '2024-05-01' });

  it('is a standalone, well-formed SVG document', () => {
    expect(
      svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(wellFormedProblems(svg)).toEqual([]);
    expect(svg).toMatch(/<svg [^>]*width="\d+" height="\d+" viewBox="0 0 \d+ \d+"/);
  });

  it('draws one group per item, each carrying its id', () => {
    for (const item of [
      ...headOffice.sites,
      ...headOffice.servers,
      ...headOffice.clusters,
      ...headOffice.infrastructure,
      ...headOffice.links,
    ])
      expect(svg.split(`data-id="${item.id}"`).length - 1, item.id).toBeGreaterThanOrEqual(1);
    expect(svg).toContain('class="perimeter" data-id="dmz"');
    expect(svg).toContain('class="site" data-id="hq"');
    expect(svg).toContain('class="server legacy" data-id="ex2003"');
  });

  it('stacks one chip per role, in the order of the plan', () => {
    const hub = group(svg, 'hub01');
    expect([...hub.matchAll(/data-role="(\w+)"/g)].map((m) => m[1])).toEqual([
      'ClientAccess',
      'HubTransport',
    ]);
    expect(hub).toContain('>CA<');
    expect(hub).toContain('>Client Access<');
    expect(group(svg, 'edge01')).toContain('>Edge Transport<');
  });

  it('marks the first cluster node active, the others passive, and existing servers as existing', () => {
    expect(group(svg, 'mbx01')).toContain('>ACTIVE<');
    expect(group(svg, 'mbx02')).toContain('>PASSIVE<');
    expect(group(svg, 'ex2003')).toContain('>EXISTING<');
    expect(group(svg, 'ex2003')).toContain('Exchange 2003 SP2');
    expect(group(svg, 'cms01')).toContain('>CCR<');
  });

  it('draws a standby cluster as such: caption, dotted frame, every node passive', () => {
    const standby = renderSvg(updateCluster(headOffice, 'cms01', { standby: true }), { date: '2024-05-01' });
    const cms = group(standby, 'cms01');
    expect(cms).toContain('>Standby: CMS01, SCR target<');
    expect(cms).toContain('stroke-dasharray="2 4"');
    expect(cms).toContain('standby cluster (CCR), an SCR target');
    expect(group(standby, 'mbx01')).toContain('>PASSIVE<');
    expect(group(standby, 'mbx02')).toContain('>PASSIVE<');
    expect(group(svg, 'cms01')).not.toContain('Standby');
  });

  it('labels links, with arrows only where direction means something', () => {
    expect(group(svg, 'sub')).toContain('>Edge subscription<');
    expect(group(svg, 'sub')).toContain('marker-end="url(#arrow-edge-subscription)"');
    expect(group(svg, 'rgc')).toContain('>Routing group connector<');
    expect(group(svg, 'rgc')).not.toContain('marker-end');
    expect(svg).toContain('class="witness" data-id="cms01" data-witness="hub01"');
  });

  it('badges items with a count per severity, outlined in the worst, and outlines the items in it', () => {
    const hub = group(svg, 'hub01');
    expect(hub).toMatch(/class="finding-badge" data-severity="error"/);
    expect(hub).toContain('class="badge-count" data-severity="error" data-count="1"');
    expect(hub).toContain('class="badge-count" data-severity="warning" data-count="1"');
    expect(hub).not.toContain('class="badge-count" data-severity="info"');
    expect(hub).toContain('stroke="#c62828"');
    expect(group(svg, 'cms01')).toContain('data-severity="info"');
    expect(group(svg, 'mbx01')).not.toContain('finding-badge');
  });

  it('writes a title block with the plan name, date, counts and a role legend', () => {
    expect(svg).toContain('<title>Contoso head office</title>');
    expect(svg).toContain('>Contoso head office</text>');
    expect(svg).toContain('2024-05-01');
    expect(svg).toContain('Exchange Server 2007 SP1');
    for (const [severity, n] of [
      ['error', 1],
      ['warning', 1],
      ['info', 1],
    ])
      expect(svg).toContain(`data-severity="${severity}" data-count="${n}"`);
    expect(svg.match(/class="legend-role"/g)).toHaveLength(5);
    expect(renderSvg(headOffice, { title: false })).not.toContain('title-block');
  });

  it('references only icons it defines, and embeds the font CSS it is given', () => {
    const defined = new Set([...svg.matchAll(/<symbol id="([^"]+)"/g)].map((m) => m[1]));
    for (const m of svg.matchAll(/href="#([^"]+)"/g)) expect(defined.has(m[1])).toBe(true);
    const withFont = renderSvg(headOffice, {
      fontCss: '@font-face{font-family:Inter;src:url(data:font/woff2;base64,AAAA)}',
    });
    expect(withFont).toContain('<style>@font-face{font-family:Inter;src:url(data:font/woff2;base64,AAAA)}');
  });

  it('embeds the plan in <metadata>, unless told not to', () => {
    const found = extractPlanFromSvg(svg);
    expect(found.ok && parsePlan(found.json)).toEqual({ ok: true, plan: headOffice });
    expect(renderSvg(headOffice, { embedPlan: false })).not.toContain('<metadata');
  });

  it('draws an empty plan as a short note, not an error', () => {
    const empty = renderSvg(plan('Nothing yet').build());
    expect(wellFormedProblems(empty)).toEqual([]);
    expect(empty).toContain('nothing to draw yet');
  });

  it('is deterministic: the same plan and options give the same bytes', () => {
    expect(renderSvg(headOffice, { findings, date: '2024-05-01' })).toBe(svg);
  });

  it('keeps the serialized plan byte-identical through the metadata', () => {
    const found = extractPlanFromSvg(svg);
    expect(found.ok && found.json).toBe(serializePlan(headOffice, { compact: true }));
  });
});
