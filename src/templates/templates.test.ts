import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { serializePlan } from '../model/serialize.ts';
import type { Plan } from '../model/schema.ts';
import { validate } from '../rules/index.ts';
import { GRID, resolveLayout } from '../theme/geometry.ts';
import { outsideParent, siblingOverlaps } from '../layout/overlaps.ts';
import { TEMPLATES, templateById } from './index.ts';

const figures = TEMPLATES.filter((t) => t.id !== 'empty');
const itemIds = (plan: Plan) =>
  [...plan.sites, ...plan.servers, ...plan.clusters, ...plan.infrastructure].map((i) => i.id);

describe('templates', () => {
  it('offers Figures 1-3 and an empty plan, found by id', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['figure-1', 'figure-2', 'figure-3', 'empty']);
    expect(templateById('figure-2')?.title).toMatch(/^Figure 2/);
    expect(templateById('figure-9')).toBeUndefined();
    expect(itemIds(templateById('empty')!.plan)).toEqual([]);
  });

  describe.each(figures)('$id', ({ id, plan }) => {
    it('is stored exactly as serializePlan writes it', () => {
      const text = readFileSync(new URL(`./${id}.json`, import.meta.url), 'utf8');
      expect(text).toBe(serializePlan(plan));
    });

    it('has no error or warning finding', () => {
      const serious = validate(plan).filter((f) => f.severity !== 'info');
      expect(serious).toEqual([]);
    });

    it('places every item, on the 8px grid', () => {
      for (const itemId of itemIds(plan)) {
        const at = plan.layout?.[itemId];
        expect(at, itemId).toBeDefined();
        expect([at!.x % GRID, at!.y % GRID], itemId).toEqual([0, 0]);
      }
    });

    it('draws no two sibling boxes on top of each other, and every child inside its container', () => {
      const resolved = resolveLayout(plan);
      expect(siblingOverlaps(resolved)).toEqual([]);
      expect(outsideParent(resolved)).toEqual([]);
    });

    it('reads from the Internet in: Internet, outer firewall, perimeter network, inner firewall left to right, the AD site below', () => {
      const box = (itemId: string) => resolveLayout(plan).byId.get(itemId)!;
      const band = ['internet', 'firewall-outer', 'dmz', 'firewall-inner'].map(box);
      for (let i = 1; i < band.length; i++) expect(band[i]!.absX).toBeGreaterThanOrEqual(band[i - 1]!.absX + band[i - 1]!.width);
      expect(box('hq').absY).toBeGreaterThanOrEqual(Math.max(...band.map((b) => b.absY + b.height)));
      // The mail path enters the site under the inner firewall: the firewall's Hub Transport is below it.
      const hub = box(plan.links.find((l) => l.from === 'firewall-inner')!.to);
      const fw = box('firewall-inner');
      expect(Math.min(hub.absX + hub.width, fw.absX + fw.width) - Math.max(hub.absX, fw.absX)).toBeGreaterThan(16);
    });

    it('fits a 1366x768 screen at 96% zoom or more (the canvas area beside the palette and inspector)', () => {
      const { bounds } = resolveLayout(plan);
      expect(bounds.width).toBeLessThanOrEqual(900);
      expect(bounds.height).toBeLessThanOrEqual(620);
    });

    it('subscribes Edge Transport, alone in the perimeter network, to the AD site', () => {
      const edge = plan.servers.find((s) => s.roles.includes('EdgeTransport'))!;
      expect(edge.roles).toEqual(['EdgeTransport']);
      expect(plan.sites.find((s) => s.id === edge.site)?.kind).toBe('perimeter');
      expect(plan.links).toContainEqual(
        expect.objectContaining({ kind: 'edge-subscription', from: edge.id, to: 'hq' }),
      );
    });
  });

  it('Figure 1 runs the four internal roles on one server', () => {
    const internal = templateById('figure-1')!.plan.servers.filter((s) => s.site === 'hq');
    expect(internal).toHaveLength(1);
    expect(internal[0]!.roles).toEqual(['Mailbox', 'ClientAccess', 'HubTransport', 'UnifiedMessaging']);
  });

  it('Figure 2 runs each role on its own computer', () => {
    const roles = templateById('figure-2')!.plan.servers.map((s) => s.roles);
    expect(roles.every((r) => r.length === 1)).toBe(true);
    expect(roles.flat().sort()).toEqual([
      'ClientAccess',
      'EdgeTransport',
      'HubTransport',
      'Mailbox',
      'UnifiedMessaging',
    ]);
  });

  it('Figure 3 clusters Mailbox on two enterprise CCR nodes with the witness on the Hub Transport server', () => {
    const plan = templateById('figure-3')!.plan;
    const [cms] = plan.clusters;
    const nodes = plan.servers.filter((s) => s.cluster === cms?.id);
    expect(cms?.type).toBe('CCR');
    expect(nodes.map((n) => [n.roles, n.exchangeEdition, n.windowsEdition])).toEqual([
      [['Mailbox'], 'enterprise', 'enterprise'],
      [['Mailbox'], 'enterprise', 'enterprise'],
    ]);
    expect(plan.servers.find((s) => s.id === cms?.witness)?.roles).toEqual(['HubTransport']);
  });
});
