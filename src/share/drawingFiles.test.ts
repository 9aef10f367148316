import { deflateSync, strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { serializePlan } from '../model/serialize.ts';
import { renderDrawio } from '../render/drawio/drawio.ts';
import { vsdxParts, renderVsdx } from '../render/vsdx/vsdx.ts';
import { templateById } from '../templates/index.ts';
import { readPlanFile } from './embed.ts';
import { DAMAGED_DRAWIO, DAMAGED_VSDX, FOREIGN_DRAWIO, FOREIGN_VSDX, TOO_LARGE_VSDX } from './messages.ts';

const figure2 = templateById('figure-2')!.plan;
const encoder = new TextEncoder();
const zipOf = (parts: Record<string, string | Uint8Array>) =>
  zipSync(Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === 'string' ? strToU8(v) : v])));

function refused(name: string, bytes: Uint8Array): string {
  const result = readPlanFile(name, bytes);
  expect(result.ok, name).toBe(false);
  return result.ok ? '' : result.message;
}

describe('opening Visio files', () => {
  it('refuses a Visio drawing that was not made here', () => {
    expect(refused('other.vsdx', renderVsdx(figure2, { embedPlan: false }))).toBe(FOREIGN_VSDX);
  });

  it('says a zip that is no Visio drawing is not a plan', () => {
    expect(refused('report.vsdx', zipOf({ 'word/document.xml': '<w:document/>' }))).toMatch(/^"report\.vsdx" is not a plan\./);
  });

  it('says a cut-off or corrupted file is damaged', () => {
    const bytes = renderVsdx(figure2);
    expect(refused('cut.vsdx', bytes.subarray(0, Math.floor(bytes.length / 2)))).toBe(DAMAGED_VSDX);
    const corrupt = bytes.slice();
    for (let i = 200; i < 1200; i++) corrupt[i] = 0x55; // inside the first entries' data
    expect(refused('corrupt.vsdx', corrupt)).toMatch(/damaged|not exported/);
    // The plan's pieces no longer add up to the length written beside them.
    const parts = vsdxParts(figure2);
    parts['visio/document.xml'] = parts['visio/document.xml']!.replace(/(N='ExchangeTopologyPlan1'><Cell N='Value' V=')./, '$1');
    expect(refused('edited.vsdx', zipOf(parts))).toBe(DAMAGED_VSDX);
  });

  it('refuses a zip bomb without unpacking it', () => {
    const parts: Record<string, string | Uint8Array> = { ...vsdxParts(figure2) };
    parts['visio/document.xml'] = new Uint8Array(48 * 1024 * 1024); // 48 MB of zeros, about 48 kB zipped
    const bomb = zipOf(parts);
    expect(bomb.length).toBeLessThan(256 * 1024);
    expect(refused('bomb.vsdx', bomb)).toBe(TOO_LARGE_VSDX);
  }, 60_000); // building the bomb takes a while on a busy machine
});

describe('opening draw.io files', () => {
  const json = serializePlan(figure2, { compact: true });

  it('opens a page draw.io saved compressed', () => {
    const drawio = renderDrawio(figure2);
    const model = drawio.slice(drawio.indexOf('<mxGraphModel'), drawio.indexOf('</diagram>'));
    const packed = btoa(String.fromCharCode(...deflateSync(encoder.encode(encodeURIComponent(model)))));
    const file = `<mxfile host="app.diagrams.net"><diagram id="a" name="Page-1">${packed}</diagram></mxfile>`;
    const result = readPlanFile('saved.drawio', encoder.encode(file));
    expect(result.ok && serializePlan(result.plan, { compact: true })).toBe(json);
  });

  it('refuses a diagram made elsewhere, and says a cut-off one is damaged', () => {
    expect(refused('other.drawio', encoder.encode('<mxfile><diagram name="p"><mxGraphModel><root><mxCell id="0"/></root></mxGraphModel></diagram></mxfile>'))).toBe(FOREIGN_DRAWIO);
    const drawio = renderDrawio(figure2);
    expect(refused('cut.drawio', encoder.encode(drawio.slice(0, drawio.indexOf('exchangeTopologyPlan') + 200)))).toBe(DAMAGED_DRAWIO);
    expect(refused('garbled.drawio', encoder.encode('<mxfile><diagram name="p">not base64 at all!</diagram></mxfile>'))).toBe(DAMAGED_DRAWIO);
  });

  it('names the problem when the carried plan itself is broken', () => {
    const drawio = renderDrawio(figure2).replace('&quot;servers&quot;:[', '&quot;servers&quot;:[{&quot;id&quot;:1},');
    expect(refused('edited.drawio', encoder.encode(drawio))).toMatch(/^"edited\.drawio" holds a plan that cannot be opened: servers\[0\]/);
  });
});
