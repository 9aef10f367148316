import { describe, expect, it } from 'vitest';
import { LINK_LABEL } from '../../model/labels.ts';
import { routePlan } from '../../layout/route.ts';
import type { Plan } from '../../model/schema.ts';
import { serializePlan } from '../../model/serialize.ts';
import { readPlanFile } from '../../share/embed.ts';
import { childrenNamed, findAll, xmlTree, type XmlNode } from '../../share/testing/xmlTree.ts';
import { exportPlans } from '../testing/exportPlans.ts';
import { wellFormedProblems } from '../testing/wellFormed.ts';
import { renderDrawio } from './drawio.ts';

const PLANS = exportPlans();

/** The container each item belongs in, from the plan's own fields (not from the layout code). */
function expectedContainer(plan: Plan, id: string): string | undefined {
  const server = plan.servers.find((s) => s.id === id);
  if (server) return server.cluster ?? server.site;
  const infra = plan.infrastructure.find((i) => i.id === id);
  if (infra) return infra.site;
  const nodes = plan.servers.filter((s) => s.cluster === id);
  const sites = new Set(nodes.map((s) => s.site));
  return sites.size === 1 ? [...sites][0] : undefined;
}

function cells(plan: Plan) {
  const xml = renderDrawio(plan, { date: '2024-05-01' });
  const root = findAll(xmlTree(xml), 'root')[0]!;
  const objects = childrenNamed(root, 'object');
  const byPlanId = new Map<string, XmlNode>();
  for (const o of objects) if (o.attrs.has('planId')) byPlanId.set(`${o.attrs.get('planKind')}:${o.attrs.get('planId')}`, o);
  const cellOf = (o: XmlNode) => childrenNamed(o, 'mxCell')[0]!;
  return { xml, root, objects, byPlanId, cellOf };
}

describe('draw.io export (.drawio)', () => {
  it('is well-formed, uncompressed mxGraph XML that imports back to the identical plan', () => {
    for (const [name, plan] of Object.entries(PLANS)) {
      const xml = renderDrawio(plan);
      expect(wellFormedProblems(xml), name).toEqual([]);
      expect(xml).toMatch(/<mxfile [^>]*compressed="false"><diagram [^>]*><mxGraphModel /);
      const result = readPlanFile(`${name}.drawio`, new TextEncoder().encode(xml));
      expect(result.ok, name).toBe(true);
      if (result.ok) expect(serializePlan(result.plan), name).toBe(serializePlan(plan));
    }
  });

  it('makes every item a cell inside the right container, with its shape data', () => {
    for (const [name, plan] of Object.entries(PLANS)) {
      const { byPlanId, cellOf } = cells(plan);
      const kinds: Array<[string, Array<{ id: string }>]> = [
        ['server', plan.servers],
        ['infrastructure', plan.infrastructure],
        ['cluster', plan.clusters],
      ];
      kinds.push(['site', plan.sites.filter((s) => s.kind === 'ad-site')], ['perimeter', plan.sites.filter((s) => s.kind === 'perimeter')]);
      let count = 0;
      for (const [kind, items] of kinds)
        for (const item of items) {
          const object = byPlanId.get(`${kind}:${item.id}`);
          expect(object, `${name}: ${kind} ${item.id}`).toBeDefined();
          const container = expectedContainer(plan, item.id);
          const parent = container === undefined ? '1' : [...byPlanId.values()].find((o) => o.attrs.get('planId') === container)!.attrs.get('id');
          expect(cellOf(object!).attrs.get('parent'), `${name}: parent of ${item.id}`).toBe(parent);
          expect(cellOf(object!).attrs.get('vertex')).toBe('1');
          if (kind !== 'server' && kind !== 'infrastructure') expect(cellOf(object!).attrs.get('style')).toContain('container=1');
          count++;
        }
      expect(count).toBe(plan.servers.length + plan.infrastructure.length + plan.clusters.length + plan.sites.length);
    }
    const plan = PLANS['Figure 3']!;
    const mbx = cells(plan).byPlanId.get('server:mbx01')!;
    expect(Object.fromEntries(['Roles', 'OS', 'ExchangeEdition', 'Cluster', 'Site'].map((k) => [k, mbx.attrs.get(k)]))).toEqual({
      Roles: 'Mailbox',
      OS: 'Windows Server 2003 SP1/R2 x64',
      ExchangeEdition: 'Enterprise',
      Cluster: 'CMS01 (CCR)',
      Site: 'Head office',
    });
  });

  it('makes every link an orthogonal edge between its two cells, with its label', () => {
    for (const [name, plan] of Object.entries(PLANS)) {
      const { byPlanId, cellOf } = cells(plan);
      const cellId = (itemId: string) => [...byPlanId.values()].find((o) => o.attrs.get('planId') === itemId && o.attrs.get('planKind') !== 'link')!.attrs.get('id');
      const edges = [...byPlanId.keys()].filter((k) => k.startsWith('link:') || k.startsWith('witness:'));
      expect(edges.length, name).toBe(plan.links.length + plan.clusters.filter((c) => c.witness).length);
      for (const link of plan.links) {
        const edge = byPlanId.get(`link:${link.id}`)!;
        const cell = cellOf(edge);
        expect(cell.attrs.get('edge')).toBe('1');
        expect([cell.attrs.get('source'), cell.attrs.get('target')], `${name}: ${link.id}`).toEqual([cellId(link.from), cellId(link.to)]);
        expect(cell.attrs.get('style')).toContain('edgeStyle=orthogonalEdgeStyle');
        // The label the router placed (the SVG and the canvas show the same); a link whose line is
        // too short for a label clear of the cards has none (only in the unlaid-out markup plan).
        const placed = routePlan(plan).get(link.id)?.label?.text ?? '';
        expect(edge.attrs.get('label')).toBe(placed);
        if (name !== 'names with markup') expect(placed, `${name}: ${link.id}`).toBe(link.kind === 'connection' ? '' : LINK_LABEL[link.kind]);
        // Waypoints, when the route bends, lie on horizontal and vertical segments.
        for (const point of findAll(cell, 'mxPoint')) expect(Number.isFinite(Number(point.attrs.get('x')))).toBe(true);
      }
    }
  });

  it('keeps names with markup as text in the HTML labels and never substitutes placeholders', () => {
    const plan = PLANS['names with markup']!;
    const { xml, objects } = cells(plan);
    expect(xml).not.toMatch(/<script|<b>|placeholders/);
    const labels = objects.map((o) => o.attrs.get('label') ?? '').join('\n');
    expect(labels).toContain('EX&#60;01&#62;');
    expect(labels).not.toMatch(/<script|EX<01>/);
    const site = objects.find((o) => o.attrs.get('planId') === 'hq')!;
    const tab = findAll(xmlTree(xml), 'mxCell').find((c) => c.attrs.get('parent') === site.attrs.get('id') && (c.attrs.get('value') ?? '').includes('alert'))!;
    expect(tab.attrs.get('value')).toContain('Site &#60;script&#62;alert(1)&#60;/script&#62; &#38; co');
  });
});
