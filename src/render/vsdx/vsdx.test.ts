import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ROLE_ABBREVIATION } from '../../model/labels.ts';
import type { Plan } from '../../model/schema.ts';
import { serializePlan } from '../../model/serialize.ts';
import { readPlanFile } from '../../share/embed.ts';
import { childrenNamed, findAll, xmlTree, type XmlNode } from '../../share/testing/xmlTree.ts';
import { LINK_STYLE, ROLE_STYLE } from '../../theme/tokens.ts';
import { exportPlans } from '../testing/exportPlans.ts';
import { wellFormedProblems } from '../testing/wellFormed.ts';
import { renderVsdx, vsdxParts } from './vsdx.ts';

const PLANS = exportPlans();

const cellOf = (shape: XmlNode, name: string) => childrenNamed(shape, 'Cell').find((c) => c.attrs.get('N') === name);
function rowValues(shape: XmlNode, section: string): Map<string, string> {
  const out = new Map<string, string>();
  const found = childrenNamed(shape, 'Section').find((s) => s.attrs.get('N') === section);
  for (const row of found ? childrenNamed(found, 'Row') : [])
    out.set(row.attrs.get('N')!, cellOf(row, 'Value')?.attrs.get('V') ?? '');
  return out;
}

/** The page's top-level shapes, by the plan id their user cells name. */
function pageShapes(plan: Plan) {
  const page = xmlTree(vsdxParts(plan)['visio/pages/page1.xml']!);
  const shapes = childrenNamed(findAll(page, 'Shapes')[0]!, 'Shape');
  const byItem = new Map<string, XmlNode>();
  const connectors: XmlNode[] = [];
  for (const shape of shapes) {
    const user = rowValues(shape, 'User');
    const kind = user.get('ExchangeTopologyKind');
    if (kind === 'link' || kind === 'witness') connectors.push(shape);
    else if (kind) byItem.set(user.get('ExchangeTopologyId')!, shape);
  }
  return { page, byItem, connectors };
}

/** The sheet IDs one DEPENDSON(kind, ...) of a Relationships formula lists (1: members, 4: containers). */
function sheetIds(formula: string | undefined, kind: 1 | 4): Set<string> {
  const segment = (formula ?? '').split('DEPENDSON(').find((s) => s.startsWith(`${kind},`)) ?? '';
  return new Set([...segment.matchAll(/Sheet\.(\d+)!SheetRef\(\)/g)].map((m) => m[1]!));
}

describe('Visio export (.vsdx)', () => {
  it('writes a package whose every XML part is well-formed and has a content type', () => {
    for (const [name, plan] of Object.entries(PLANS)) {
      const parts = vsdxParts(plan, { date: '2024-05-01' });
      for (const [path, xml] of Object.entries(parts)) expect(wellFormedProblems(xml), `${name}: ${path}`).toEqual([]);
      const types = parts['[Content_Types].xml']!;
      for (const path of Object.keys(parts))
        if (!path.endsWith('.rels') && path !== '[Content_Types].xml') expect(types, path).toContain(`PartName='/${path}'`);
      const zip = unzipSync(renderVsdx(plan));
      expect(Object.keys(zip)[0]).toBe('[Content_Types].xml');
      expect(Object.keys(zip).sort()).toEqual(Object.keys(parts).sort());
    }
  });

  it('imports back to the identical plan', () => {
    for (const [name, plan] of Object.entries(PLANS)) {
      const result = readPlanFile(`${name}.vsdx`, renderVsdx(plan));
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(serializePlan(result.plan), name).toBe(serializePlan(plan));
    }
  });

  it('is the same file for the same plan', () => {
    const plan = PLANS['Figure 3']!;
    expect(renderVsdx(plan, { date: 'x' })).toEqual(renderVsdx(plan, { date: 'x' }));
  });

  it('draws every item as a group with shape data, and sites and clusters as containers of what they hold', () => {
    const plan = PLANS['30 servers in 3 sites']!;
    const { byItem } = pageShapes(plan);
    const all = [...plan.sites, ...plan.clusters, ...plan.servers, ...plan.infrastructure];
    expect(byItem.size).toBe(all.length);
    const idOf = (itemId: string) => byItem.get(itemId)!.attrs.get('ID')!;
    for (const item of all) expect(byItem.get(item.id)?.attrs.get('Type'), item.id).toBe('Group');
    for (const site of plan.sites) expect(rowValues(byItem.get(site.id)!, 'User').get('msvStructureType')).toBe('Container');
    // A clustered server is a member of its cluster and of the site around it; the site lists it.
    const node = plan.servers.find((s) => s.cluster !== undefined)!;
    const relationships = cellOf(byItem.get(node.id)!, 'Relationships')?.attrs.get('F');
    expect(sheetIds(relationships, 4)).toEqual(new Set([idOf(node.cluster!), idOf(node.site!)]));
    const members = sheetIds(cellOf(byItem.get(node.site!)!, 'Relationships')?.attrs.get('F'), 1);
    const held = [...plan.servers, ...plan.infrastructure].filter((i) => i.site === node.site).map((i) => i.id);
    const clusters = plan.clusters.filter((c) => plan.servers.some((s) => s.cluster === c.id && s.site === node.site));
    expect(members).toEqual(new Set([...held, ...clusters.map((c) => c.id)].map(idOf)));
    // Shape data on every server: roles, OS, editions, cluster, site.
    const data = rowValues(byItem.get(node.id)!, 'Property');
    expect(data.get('Roles')).toBe('Mailbox');
    expect(data.get('OS')).toBe('Windows Server 2003 SP1/R2 x64');
    expect(data.get('ExchangeEdition')).toBe('Enterprise');
    expect(data.get('Cluster')).toMatch(/^CMS\d \(CCR\)$/);
    expect(data.get('Site')).toBe(plan.sites.find((s) => s.id === node.site)!.name);
  });

  it('glues every link and witness by a connector to its two shapes, with the link style', () => {
    for (const [name, plan] of Object.entries(PLANS)) {
      const { page, byItem, connectors } = pageShapes(plan);
      const witnesses = plan.clusters.filter((c) => c.witness !== undefined);
      expect(connectors.length, name).toBe(plan.links.length + witnesses.length);
      const connects = findAll(page, 'Connect');
      for (const link of [...plan.links, ...witnesses.map((c) => ({ id: c.id, from: c.id, to: c.witness!, kind: 'witness' as const }))]) {
        const shape = connectors.find((c) => rowValues(c, 'User').get('ExchangeTopologyId') === link.id)!;
        const id = shape.attrs.get('ID');
        const glued = (cell: string) => connects.find((c) => c.attrs.get('FromSheet') === id && c.attrs.get('FromCell') === cell)?.attrs.get('ToSheet');
        expect(glued('BeginX'), `${name} ${link.id}`).toBe(byItem.get(link.from)!.attrs.get('ID'));
        expect(glued('EndX'), `${name} ${link.id}`).toBe(byItem.get(link.to)!.attrs.get('ID'));
        expect(cellOf(shape, 'BegTrigger')?.attrs.get('F')).toBe(`_XFTRIGGER(Sheet.${glued('BeginX')}!EventXFMod)`);
        if (link.kind !== 'witness') {
          expect(cellOf(shape, 'LineColor')?.attrs.get('V')).toBe(LINK_STYLE[link.kind].color);
          expect(cellOf(shape, 'LinePattern')?.attrs.get('V')).toMatch(LINK_STYLE[link.kind].dash ? /^[23]$/ : /^1$/);
        }
      }
    }
  });

  it('draws role chips in the theme colors with the app abbreviations', () => {
    const plan = PLANS['Figure 3']!;
    const { byItem } = pageShapes(plan);
    for (const server of plan.servers) {
      const parts = childrenNamed(childrenNamed(byItem.get(server.id)!, 'Shapes')[0]!, 'Shape');
      const texts = parts.map((p) => childrenNamed(p, 'Text')[0]?.text ?? '').join('\n');
      expect(texts).toContain(server.name);
      for (const role of server.roles) {
        expect(texts).toContain(ROLE_ABBREVIATION[role]);
        const swatch = parts.find((p) => p.attrs.get('NameU')?.startsWith(`swatch ${role}.`))!;
        expect(cellOf(swatch, 'FillForegnd')?.attrs.get('V')).toBe(ROLE_STYLE[role].color);
      }
    }
  });

  it('keeps names with markup and XML-special characters as text', () => {
    const plan = PLANS['names with markup']!;
    const parts = vsdxParts(plan);
    const page = parts['visio/pages/page1.xml']!;
    expect(page).not.toMatch(/<script|<b>/);
    const texts = findAll(xmlTree(page), 'Text').map((t) => t.text);
    // A character XML forbids (U+0001 in one name) cannot be shape text; the rest of the name is.
    for (const server of plan.servers) expect(texts.some((t) => t.includes(server.name.replace('\u0001', '')))).toBe(true);
    expect(parts['docProps/core.xml']).toContain('&lt;b&gt;');
  });
});
