// Our .vsdx files opened by a real program: there is no Visio here, so LibreOffice Draw converts
// each one to PNG and to ODG (as `soffice --headless --convert-to` does for a user), and the ODG's
// shapes and texts are checked against the plan. .ci/run installs LibreOffice Draw when missing.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINK_LABEL, ROLE_ABBREVIATION, ROLE_LABEL } from '../../model/labels.ts';
import { ROLES, type Plan } from '../../model/schema.ts';
import { findAll, xmlTree, type XmlNode } from '../../share/testing/xmlTree.ts';
import { templateById } from '../../templates/index.ts';
import { legendItems } from '../legend.ts';
import { detailLine } from '../server.ts';
import { metaLine } from '../titleBlock.ts';
import { threeSitePlan } from '../testing/threeSitePlan.ts';
import { renderVsdx, vsdxParts } from './vsdx.ts';

const SOFFICE = process.env.SOFFICE ?? 'soffice';
const PLANS: Record<string, Plan> = {
  'figure-1': templateById('figure-1')!.plan,
  'figure-2': templateById('figure-2')!.plan,
  'figure-3': templateById('figure-3')!.plan,
  'thirty-servers': threeSitePlan(),
};

let dir = '';

function convert(format: 'png' | 'odg') {
  const files = Object.keys(PLANS).map((name) => join(dir, `${name}.vsdx`));
  const profile = pathToFileURL(join(dir, 'profile')).href;
  execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', format, '--outdir', join(dir, format), ...files], {
    timeout: 180_000,
    stdio: 'pipe',
  });
}

beforeAll(() => {
  if (spawnSync(SOFFICE, ['--version'], { stdio: 'ignore', timeout: 60_000 }).status !== 0)
    throw new Error(`LibreOffice (${SOFFICE}) is needed for this test: apt-get install libreoffice-draw-nogui`);
  dir = mkdtempSync(join(tmpdir(), 'vsdx-libreoffice-'));
  for (const [name, plan] of Object.entries(PLANS)) writeFileSync(join(dir, `${name}.vsdx`), renderVsdx(plan, { date: '2024-05-01' }));
  convert('png');
  convert('odg');
}, 400_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The text of a paragraph, spans and spaces (<text:s text:c=N/>) included, in order. */
function paragraphText(p: XmlNode): string {
  let out = '';
  for (const child of p.children) {
    if (child.name === '#text') out += child.text;
    else if (child.name === 's') out += ' '.repeat(Number(child.attrs.get('c') ?? 1));
    else out += paragraphText(child);
  }
  return out;
}

/** Every shape on the ODG page that has text, as its paragraphs. */
function odgTexts(name: string): { shapes: string[][]; lines: number } {
  const content = unzipSync(readFileSync(join(dir, 'odg', `${name}.odg`)))['content.xml']!;
  const page = findAll(xmlTree(new TextDecoder().decode(content)), 'page')[0]!;
  const shapes = findAll(page, 'text-box')
    .map((box) => findAll(box, 'p').map(paragraphText))
    .filter((paragraphs) => paragraphs.some((t) => t !== ''));
  const lines = findAll(page, 'line').length + findAll(page, 'polyline').length;
  return { shapes, lines };
}

describe('LibreOffice Draw opens our Visio files', () => {
  for (const [name, plan] of Object.entries(PLANS)) {
    it(`${name}: converts to a PNG of the page's proportions`, () => {
      const png = readFileSync(join(dir, 'png', `${name}.png`));
      expect([...png.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
      expect(png.length).toBeGreaterThan(15_000); // a blank page compresses to a few kB
      const pages = vsdxParts(plan)['visio/pages/pages.xml']!;
      const width = Number(/N='PageWidth' V='([\d.]+)'/.exec(pages)![1]);
      const height = Number(/N='PageHeight' V='([\d.]+)'/.exec(pages)![1]);
      expect(png.readUInt32BE(16) / png.readUInt32BE(20)).toBeCloseTo(width / height, 1);
    });

    it(`${name}: the ODG holds a shape per item with its name, chips, detail lines and link labels`, () => {
      const { shapes, lines } = odgTexts(name);
      const firstLines = shapes.map((s) => s[0]);
      const named = (text: string) => firstLines.filter((t) => t === text).length;
      for (const item of [...plan.sites, ...plan.clusters, ...plan.infrastructure]) expect(named(item.name), item.name).toBe(1);
      for (const server of plan.servers) {
        const card = shapes.filter((s) => s[0] === server.name);
        expect(card, server.name).toEqual([[server.name, detailLine(server)]]);
        for (const role of server.roles) expect(named(`${ROLE_ABBREVIATION[role]}  ${ROLE_LABEL[role]}`)).toBeGreaterThan(0);
      }
      // Role chips on the cards, and the legend's five role entries ("MB  Mailbox").
      const legend = legendItems(plan);
      const chips = plan.servers.reduce((n, s) => n + s.roles.length, 0);
      expect(firstLines.filter((t) => / {2}/.test(t ?? '')).length).toBe(chips + ROLES.length);
      // Each labelled link carries its label (once more in the legend); each link, witness and legend sample is a line.
      for (const kind of new Set(plan.links.map((l) => l.kind)))
        expect(named(LINK_LABEL[kind]), kind).toBe(plan.links.filter((l) => l.kind === kind && kind !== 'connection').length + 1);
      const witnesses = plan.clusters.filter((c) => c.witness !== undefined).length;
      expect(lines).toBe(plan.links.length + witnesses + legend.filter((i) => i.kind !== 'role').length);
      expect(shapes[0]).toEqual([plan.name, metaLine(plan, '2024-05-01')]);
    });
  }
});
