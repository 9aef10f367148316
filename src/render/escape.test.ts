import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { parsePlan } from '../model/parse.ts';
import { extractPlanFromSvg } from '../share/embed.ts';
import { arbitraryPlan, HOSTILE_NAMES } from '../share/testing/arbitraryPlan.ts';
import { escapeJsonForXml, escapeXml, stripInvalidXml, unescapeXml } from './escape.ts';
import { renderSvg } from './svg.ts';
import { wellFormedProblems } from './testing/wellFormed.ts';

describe('escaping', () => {
  it('escapes the five markup characters and drops what XML 1.0 forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    expect(stripInvalidXml('a\u0000b\u0008c\td\ne\uFFFEf\uD800g😀')).toBe('abc\td\nefg😀');
    expect(unescapeXml(escapeXml(`<&>"' ]]>`))).toBe(`<&>"' ]]>`);
    expect(unescapeXml('&#x1F600;&#65;&bogus;')).toBe('😀A&bogus;');
  });

  it('keeps JSON exact: forbidden characters become \\u escapes inside strings', () => {
    const json = JSON.stringify({ name: 'a\uFFFFb]]><x>' });
    const escaped = escapeJsonForXml(json);
    expect(escaped).not.toMatch(/[<>\uFFFF]/);
    expect(JSON.parse(unescapeXml(escaped))).toEqual({ name: 'a\uFFFFb]]><x>' });
  });

  it('renders hostile names as text: the document stays well-formed and the plan round-trips', () => {
    let b = plan(`<script>alert(1)</script> ]]> "&'`).site('hq', 'ad-site', ']]><svg onload="alert(1)">');
    HOSTILE_NAMES.forEach((name, i) => (b = b.server(`S${i}`, ['Mailbox'], { id: `s${i}`, name } as never)));
    const hostile = b.infra({ id: 'fw', kind: 'firewall', name: '<!-- --> & </g>', site: 'hq' }).build();
    const svg = renderSvg(hostile, {
      findings: [{ rule: 'x', severity: 'error', subjects: ['s0'], message: '<b>&</b>' }],
    });
    expect(wellFormedProblems(svg)).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<![CDATA[');
    expect(svg).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const found = extractPlanFromSvg(svg);
    expect(found.ok && parsePlan(found.json)).toEqual({ ok: true, plan: hostile });
  });

  it('stays well-formed and round-trips for random plans with any text in them', () => {
    fc.assert(
      fc.property(arbitraryPlan, (p) => {
        const svg = renderSvg(p, { date: '<today>' });
        expect(wellFormedProblems(svg)).toEqual([]);
        const found = extractPlanFromSvg(svg);
        expect(found.ok && parsePlan(found.json)).toEqual({ ok: true, plan: p });
      }),
      { numRuns: 200 },
    );
  });
});
