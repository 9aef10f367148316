// The readers on files built to hurt: SVG, PNG and draw.io. Each of these once froze the tab or
// ran for minutes; now each is read in linear time (the bench times them beside normal exports).
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { MAX_PLAN_BYTES } from '../model/limits.ts';
import { plan } from '../model/builder.ts';
import { renderSvg } from '../render/svg.ts';
import { extractPlanFromSvg, readPlanFile } from './embed.ts';
import { DAMAGED_SVG, FOREIGN_DRAWIO, FOREIGN_SVG, TOO_LARGE_DRAWIO } from './messages.ts';
import { metadataContent } from './svgScan.ts';
import { manyChunksPng, reopenedMetadataSvg, unclosedMetadataSvg } from './testing/hostileFiles.ts';

const ID = 'exchange-topology-plan';
const bytes = (text: string) => new TextEncoder().encode(text);
const encodeBase64 = (data: Uint8Array) => Buffer.from(data).toString('base64');

describe('the SVG scanner', () => {
  it('finds the plan element under any namespace prefix, with either quote', () => {
    expect(metadataContent(`<svg><metadata id="${ID}">{}</metadata></svg>`, ID)).toEqual({
      found: 'element',
      content: '{}',
    });
    expect(
      metadataContent(`<svg:svg><svg:metadata class='x' id='${ID}'>{"a":1}</svg:metadata ></svg:svg>`, ID),
    ).toEqual({
      found: 'element',
      content: '{"a":1}',
    });
  });

  it('skips other metadata, comments and elements that only mention the id', () => {
    const text = [
      '<?xml version="1.0"?><!-- <metadata id="exchange-topology-plan">{"comment":1}</metadata> -->',
      `<svg><metadata id="other">x</metadata><desc data-id="${ID}">y</desc>`,
      `<metadatax id="${ID}">z</metadatax><metadata id="${ID}">plan</metadata></svg>`,
    ].join('');
    expect(metadataContent(text, ID)).toEqual({ found: 'element', content: 'plan' });
  });

  it('keeps a CDATA section whole, even when it holds the closing tag as text', () => {
    const text = `<svg><metadata id="${ID}"> <![CDATA[{"name":"</metadata>"}]]> </metadata></svg>`;
    expect(extractPlanFromSvg(text)).toEqual({ ok: true, json: '{"name":"</metadata>"}' });
  });

  it('tells a file without a plan from one whose plan is cut off', () => {
    expect(extractPlanFromSvg('<svg><rect/></svg>')).toEqual({ ok: false, message: FOREIGN_SVG });
    expect(extractPlanFromSvg(`<svg><metadata id="${ID}">{"format":`)).toEqual({
      ok: false,
      message: DAMAGED_SVG,
    });
  });

  // Each of these took from tens of seconds to minutes with the regular expression (the tab froze
  // for 83 s on the first); the test timeout would fail them. The bench times them against a
  // normal export of the same size.
  it('reads a megabyte of unclosed <metadata openings at once', () => {
    const hostile = unclosedMetadataSvg(1_000_000);
    expect(hostile.length).toBeGreaterThanOrEqual(1_000_000);
    expect(readPlanFile('hostile.svg', bytes(hostile))).toEqual({ ok: false, message: FOREIGN_SVG });
    expect(readPlanFile('hostile.svg', bytes(`${hostile}>`))).toEqual({ ok: false, message: FOREIGN_SVG });
  });

  it('reads a megabyte of plan elements that open and never close at once', () => {
    expect(readPlanFile('reopened.svg', bytes(reopenedMetadataSvg(1_000_000)))).toEqual({
      ok: false,
      message: DAMAGED_SVG,
    });
  });

  it('reads a PNG of a hundred thousand tiny chunks, and still finds a plan after them', () => {
    const json = JSON.stringify({
      format: 'exchange-topology-plan',
      version: 1,
      name: 'After the junk',
      exchange: { servicePack: 'SP1' },
    });
    const found = readPlanFile('junk.png', manyChunksPng(100_000, json));
    expect(found.ok && found.plan.name).toBe('After the junk');
  });

  it('opens a real export as before', () => {
    const p = plan('Scanned')
      .site('hq')
      .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
      .gc()
      .build();
    const result = readPlanFile('plan.svg', bytes(renderSvg(p, { date: '2026-01-01' })));
    expect(result.ok && result.plan).toEqual(p);
  });
});

describe('the draw.io reader on hostile files', () => {
  // Once quadratic: a search for "</" from every <diagram>; 72 KB took 1.5 s, a megabyte minutes.
  it('reads a megabyte of unclosed <diagram> openings at once', () => {
    const hostile = `<mxfile>${'<diagram>'.repeat(120_000)}`;
    expect(readPlanFile('hostile.drawio', bytes(hostile))).toEqual({ ok: false, message: FOREIGN_DRAWIO });
    const cdata = `<mxfile>${'<diagram><![CDATA[x]]>'.repeat(50_000)}`;
    expect(readPlanFile('cdata.drawio', bytes(cdata))).toEqual({ ok: false, message: FOREIGN_DRAWIO });
  });

  it('stops unpacking a compressed page at the limit and says so', () => {
    const page = encodeBase64(deflateSync(new Uint8Array(8 * MAX_PLAN_BYTES + 1).fill(97)));
    const bomb = `<mxfile><diagram name="Page-1">${page}</diagram></mxfile>`;
    expect(bomb.length).toBeLessThan(100_000);
    expect(readPlanFile('bomb.drawio', bytes(bomb))).toEqual({ ok: false, message: TOO_LARGE_DRAWIO });
  }, 30_000);
});
