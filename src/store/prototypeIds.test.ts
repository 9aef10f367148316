// Ids named like the members every JavaScript object inherits (`toString`, `constructor`,
// `__proto__`): once accepted, `layout[id]` read the inherited member and gave NaN sizes, 1x1 px
// sites, and a drag that autosaved {"x":null,"y":null} so the plan no longer opened. Each way in
// now refuses them with a message; code that meets one anyway (a plan built in memory, a document
// written by someone else) still works, because every by-id table is a Map or has no prototype.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { BrowserLibrary } from '../doc/browserLibrary.ts';
import { plan } from '../model/builder.ts';
import { duplicateServers, removeItems, setPosition } from '../model/edits.ts';
import { formatIssue, parsePlan } from '../model/parse.ts';
import type { Plan } from '../model/schema.ts';
import { serializePlan } from '../model/serialize.ts';
import { arrange } from '../layout/arrange.ts';
import { renderSvg } from '../render/svg.ts';
import { validate } from '../rules/validate.ts';
import { decodePlanLink, planLinkUrl } from '../share/link.ts';
import { SITE_MIN_HEIGHT, SITE_MIN_WIDTH, resolveLayout } from '../theme/geometry.ts';
import { moveItem } from './drop.ts';

const IDS = [...Object.getOwnPropertyNames(Object.prototype), '__proto__'];
const minimal = { format: 'exchange-topology-plan', version: 1, name: 'P', exchange: { servicePack: 'SP1' } };

/** localStorage as an earlier version of the designer left it: one plan, saved with the id. */
function savedByEarlierVersion(p: Plan) {
  const items: Record<string, string> = {
    'etd:plans': JSON.stringify([{ id: 'old', name: p.name, updatedAt: '2026-01-01T00:00:00.000Z' }]),
    'etd:plan:old': serializePlan(p, { compact: true }),
    'etd:current': 'old',
  };
  const keys = Object.keys(items);
  const legacy = { getItem: (k: string) => items[k] ?? null, key: (i: number) => keys[i] ?? null, length: keys.length };
  return { items, legacy };
}

/** A site and a server both carrying the id (a site `id`, a server `id + "-server"` does not clash). */
function planWith(id: string): Plan {
  return plan('Prototype ids')
    .site(id, 'ad-site', 'Head office')
    .gc('DC01')
    .server('EX01', ['Mailbox', 'ClientAccess', 'HubTransport'], { id: `${id}-server` })
    .server('EX02', ['Mailbox'], { id: 'ex02' })
    .with((p) => ({ ...p, servers: p.servers.map((s) => (s.id === 'ex02' ? { ...s, id } : s)) }))
    .build();
}

const finiteBoxes = (p: Plan) =>
  resolveLayout(p).boxes.every((b) => [b.x, b.y, b.absX, b.absY, b.width, b.height].every(Number.isFinite));

describe.each(IDS)('the id %j', (id) => {
  it('is refused at parse with a message, as an item id and as a layout key', () => {
    const asServer = parsePlan({ ...minimal, servers: [{ id, name: 'EX01' }] });
    expect(asServer.ok ? [] : asServer.errors.map(formatIssue)).toEqual([
      `servers[0].id: ${JSON.stringify(id)} cannot be an id: the designer keeps it for itself; choose another, such as ${JSON.stringify(`${id}-1`)}`,
    ]);
    const text = `{"format":"exchange-topology-plan","version":1,"name":"P","exchange":{"servicePack":"SP1"},"servers":[{"id":"a","name":"A"}],"layout":{${JSON.stringify(id)}:{"x":1,"y":2}}}`;
    const asKey = parsePlan(text);
    expect(asKey.ok ? [] : asKey.errors.map(formatIssue)).toEqual([
      `layout.${id}: ${JSON.stringify(id)} cannot be an id: the designer keeps it for itself; choose another, such as ${JSON.stringify(`${id}-1`)}`,
    ]);
    const asReference = parsePlan({ ...minimal, servers: [{ id: 'a', name: 'A', site: id }] });
    expect(asReference.ok ? [] : asReference.errors.map(formatIssue)).toEqual([
      `servers[0].site: no site with id ${JSON.stringify(id)}`,
    ]);
  });

  it('works in a plan built in memory: edits, layout, arrange and render give finite numbers', () => {
    const p = planWith(id);
    expect(finiteBoxes(p)).toBe(true);
    const site = resolveLayout(p).byId.get(id)!;
    expect(site.width).toBeGreaterThanOrEqual(SITE_MIN_WIDTH);
    expect(site.height).toBeGreaterThanOrEqual(SITE_MIN_HEIGHT);

    const dragged = moveItem(p, id, { x: 100, y: 200 });
    expect(Object.hasOwn(dragged.layout!, id)).toBe(true);
    expect(
      Object.values(dragged.layout!).every((pos) => Number.isFinite(pos.x) && Number.isFinite(pos.y)),
    ).toBe(true);
    const placed = setPosition(p, `${id}-server`, { x: 24, y: 56 });
    expect(finiteBoxes(placed)).toBe(true);
    const copied = duplicateServers(dragged, [dragged.servers.find((s) => s.id === id)!]);
    expect(copied.plan.servers).toHaveLength(p.servers.length + 1);
    expect(removeItems(dragged, [id]).servers.some((s) => s.id === id)).toBe(false);

    const arranged = arrange(p);
    expect(Object.hasOwn(arranged.layout!, id)).toBe(true);
    expect(finiteBoxes(arranged)).toBe(true);
    const svg = renderSvg(arranged, { findings: validate(arranged), date: '2026-01-01' });
    expect(svg).not.toMatch(/NaN|undefined|Infinity/);
    expect(svg).toContain('Head office');
  });

  it('keeps its numbers through serialization, and a link says why it cannot open', () => {
    const p = arrange(planWith(id));
    const saved = JSON.parse(serializePlan(p)) as { layout: Record<string, { x: unknown; y: unknown }> };
    expect(Object.hasOwn(saved.layout, id)).toBe(true);
    expect(Object.values(saved.layout).every((pos) => typeof pos.x === 'number' && typeof pos.y === 'number')).toBe(true);
    const link = decodePlanLink(planLinkUrl(p));
    expect(link).toEqual({ ok: false, message: expect.stringContaining(`${JSON.stringify(id)} cannot be an id`) });
  });

  it('autosave: a plan saved with it by an earlier version is reported and left untouched', async () => {
    globalThis.indexedDB = new IDBFactory();
    const { items, legacy } = savedByEarlierVersion(arrange(planWith(id)));
    const before = JSON.stringify(items);
    const { library, report } = await BrowserLibrary.open({ legacy });
    try {
      expect(report.unreadable).toEqual([
        { id: 'old', name: 'Prototype ids', message: expect.stringContaining(`${JSON.stringify(id)} cannot be an id`) },
      ]);
      expect(JSON.stringify(items)).toBe(before);
    } finally {
      await library.close();
    }
  });

  it('autosave: a document holding it (written elsewhere) is dragged and stored without NaN, and opens again', async () => {
    globalThis.indexedDB = new IDBFactory();
    const first = (await BrowserLibrary.open()).library;
    const opened = await first.createPlan(arrange(planWith(id)));
    const dragged = opened.document.apply(moveItem(opened.document.plan, `${id}-server`, { x: 300, y: 260 }));
    expect(finiteBoxes(dragged)).toBe(true);
    await opened.close();
    await first.close();
    const again = (await BrowserLibrary.open()).library;
    try {
      const stored = await again.readPlan(opened.id);
      expect(stored.ok).toBe(true);
      if (!stored.ok) return;
      expect(finiteBoxes(stored.plan)).toBe(true);
      expect(parsePlan(serializePlan(stored.plan)).ok).toBe(true);
      expect(stored.plan.servers.map((s) => s.name)).toContain('EX01');
    } finally {
      await again.close();
    }
  });
});
