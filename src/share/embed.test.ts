import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { serializePlan } from '../model/serialize.ts';
import { renderSvg } from '../render/svg.ts';
import { TEMPLATES } from '../templates/index.ts';
import {
  embedPlanInPng,
  extractPlanFromPng,
  extractPlanFromSvg,
  PLAN_KEYWORD,
  readPlanFile,
} from './embed.ts';
import { DAMAGED_PNG, FOREIGN_PNG, FOREIGN_SVG, PNG_TOO_LARGE } from './messages.ts';
import { crc32, PNG_SIGNATURE, readChunks, writeChunks } from './png.ts';
import { tinyPng } from './testing/hostileFiles.ts';

const encoder = new TextEncoder();
const branch = plan('Branch ]]> <b>&</b> Zürich')
  .site('hq')
  .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'])
  .gc()
  .build();

describe('PNG chunks', () => {
  it('computes PNG CRCs (IEND has a well-known one)', () => {
    expect(crc32(encoder.encode('IEND'))).toBe(0xae426082);
    const png = tinyPng();
    expect([...png.subarray(0, 8)]).toEqual([...PNG_SIGNATURE]);
    expect([...png.subarray(png.length - 4)]).toEqual([0xae, 0x42, 0x60, 0x82]);
    expect(readChunks(png)?.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });
});

describe('plans embedded in exports', () => {
  const json = serializePlan(branch, { compact: true });

  it('puts the plan in an iTXt chunk before IEND, keeping the image chunks as they were', () => {
    const png = embedPlanInPng(tinyPng(), json);
    const chunks = readChunks(png)!;
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'iTXt', 'IEND']);
    expect(new TextDecoder().decode(chunks[2]!.data.subarray(0, PLAN_KEYWORD.length))).toBe(PLAN_KEYWORD);
    expect(chunks[1]!.data).toEqual(readChunks(tinyPng())![1]!.data);
    expect(extractPlanFromPng(png)).toEqual({ ok: true, json });
  });

  it('replaces the plan of an image exported before instead of adding a second one', () => {
    const twice = embedPlanInPng(embedPlanInPng(tinyPng(), '{"old":1}'), json);
    expect(readChunks(twice)!.filter((c) => c.type === 'iTXt')).toHaveLength(1);
    expect(extractPlanFromPng(twice)).toEqual({ ok: true, json });
  });

  it('opens the plan back from PNG, SVG and JSON files alike', () => {
    const files: Array<[string, Uint8Array]> = [
      ['plan.png', embedPlanInPng(tinyPng(), json)],
      ['plan.svg', encoder.encode(renderSvg(branch))],
      ['plan.json', encoder.encode(serializePlan(branch))],
      ['bom.json', encoder.encode('\uFEFF' + serializePlan(branch))],
      ['named-wrong.txt', encoder.encode(renderSvg(branch))],
    ];
    for (const [name, bytes] of files)
      expect(readPlanFile(name, bytes), name).toEqual({ ok: true, plan: branch });
  });

  it('round-trips every template through SVG and PNG', () => {
    for (const t of TEMPLATES) {
      const tJson = serializePlan(t.plan, { compact: true });
      expect(readPlanFile('t.svg', encoder.encode(renderSvg(t.plan))), t.id).toEqual({
        ok: true,
        plan: t.plan,
      });
      expect(readPlanFile('t.png', embedPlanInPng(tinyPng(), tJson)), t.id).toEqual({
        ok: true,
        plan: t.plan,
      });
    }
  });

  it('reads a plan that another tool stored as tEXt', () => {
    const chunks = readChunks(tinyPng())!;
    const text = Uint8Array.from(
      `${PLAN_KEYWORD}\0${serializePlan(plan('Latin').build(), { compact: true })}`,
      (c) => c.charCodeAt(0),
    );
    const png = writeChunks([chunks[0]!, chunks[1]!, { type: 'tEXt', data: text }, chunks[2]!]);
    expect(readPlanFile('x.png', png)).toMatchObject({ ok: true, plan: { name: 'Latin' } });
  });

  it('gives a clear message for anything else', () => {
    const damaged = embedPlanInPng(tinyPng(), json).slice(0, 60);
    const flipped = embedPlanInPng(tinyPng(), json);
    flipped[40] = flipped[40]! ^ 0xff;
    const cases: Array<[string, Uint8Array, RegExp | string]> = [
      ['photo.png', tinyPng(), FOREIGN_PNG],
      ['cut.png', damaged, DAMAGED_PNG],
      ['flipped.png', flipped, DAMAGED_PNG],
      ['drawing.svg', encoder.encode('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'), FOREIGN_SVG],
      [
        'broken.json',
        encoder.encode('{"format": "exchange-topology-plan", '),
        /^"broken\.json" is not valid JSON \(.+\); it may be damaged or incomplete\.$/,
      ],
      [
        'other.json',
        encoder.encode('{"hello": "world"}'),
        '"other.json" is JSON, but not an Exchange Topology Designer plan.',
      ],
      [
        'future.json',
        encoder.encode('{"format": "exchange-topology-plan", "version": 2}'),
        /newer version of Exchange Topology Designer \(plan format 2\)/,
      ],
      [
        'bad.json',
        encoder.encode(
          JSON.stringify({ ...JSON.parse(json), sites: [{ id: 'hq', name: 'HQ', kind: 'moon' }] }),
        ),
        /sites\[0\]\.kind: "moon" is not a site kind; use one of ad-site, perimeter/,
      ],
      [
        'notes.txt',
        encoder.encode('just some notes'),
        /^"notes\.txt" is not a plan\. .*plan JSON files and the SVG, PNG, Visio \(\.vsdx\) and draw\.io files/,
      ],
      ['empty', new Uint8Array(0), /is not a plan/],
      ['page.html', encoder.encode('<html><body>hi</body></html>'), /is not a plan/],
    ];
    for (const [name, bytes, message] of cases) {
      const result = readPlanFile(name, bytes);
      expect(result.ok, name).toBe(false);
      if (!result.ok)
        expect(result.message, name).toMatch(
          message instanceof RegExp
            ? message
            : new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
        );
    }
  });

  it('refuses a PNG whose plan chunk would inflate past the size cap', () => {
    const bomb = zlibSync(new Uint8Array(8 * 1024 * 1024).fill(32), { level: 9 });
    const head = Uint8Array.from(`${PLAN_KEYWORD}\0\u0001\0\0\0`, (c) => c.charCodeAt(0));
    const data = new Uint8Array(head.length + bomb.length);
    data.set(head);
    data.set(bomb, head.length);
    const chunks = readChunks(tinyPng())!;
    const png = writeChunks([chunks[0]!, { type: 'iTXt', data }, chunks[1]!, chunks[2]!]);
    expect(extractPlanFromPng(png)).toEqual({ ok: false, message: PNG_TOO_LARGE });
  });

  it('reads the SVG metadata even if an editor wrapped it in CDATA or a namespace prefix', () => {
    expect(
      extractPlanFromSvg(
        `<svg><svg:metadata id="exchange-topology-plan"><![CDATA[${json}]]></svg:metadata></svg>`,
      ),
    ).toEqual({ ok: true, json });
  });
});
