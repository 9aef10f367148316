import { describe, expect, it } from 'vitest';
import { renameItem } from '../model/edits.ts';
import { findingsOf } from '../store/findings.ts';
import { templateById } from '../templates/index.ts';
import { createPlanToFlow } from './planToFlow.ts';

const none = new Set<string>();
const byItemOf = (plan: Parameters<typeof findingsOf>[0]) => findingsOf(plan).byItem;

describe('planToFlow', () => {
  it('keeps the node and edge objects of items an edit did not touch, so the canvas redraws only the rest', () => {
    const plan = templateById('figure-3')!.plan;
    const toFlow = createPlanToFlow();
    const before = toFlow(plan, byItemOf(plan), none);
    const hub = plan.servers.find((s) => s.name === 'HUB01')!;
    const edited = renameItem(plan, hub.id, 'HUB99');
    const after = toFlow(edited, byItemOf(edited), none);

    const old = new Map(before.nodes.map((n) => [n.id, n]));
    const changed = after.nodes.filter((n) => n !== old.get(n.id)).map((n) => n.id);
    expect(changed).toEqual([hub.id]);

    // Links name their ends in their accessible label: only links that touch HUB01 are new (the
    // file share witness line to it names nothing, so it is kept too).
    const oldEdges = new Map(before.edges.map((e) => [e.id, e]));
    for (const e of after.edges) {
      const touches = e.type === 'link' && (e.source === hub.id || e.target === hub.id);
      expect(e === oldEdges.get(e.id), `${e.id} reused`).toBe(!touches);
    }
    expect(after.edges.some((e) => e.type === 'link' && (e.source === hub.id || e.target === hub.id))).toBe(
      true,
    );
  });
});
