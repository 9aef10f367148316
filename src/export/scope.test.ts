import { describe, expect, it } from 'vitest';
import { templateById } from '../templates/index.ts';
import { resolveLayout } from '../theme/geometry.ts';
import type { Finding } from '../rules/types.ts';
import { findingsInScope, planForScope } from './scope.ts';

const figure3 = templateById('figure-3')!.plan;
const headOffice = figure3.sites.find((s) => s.kind === 'ad-site')!;

describe('planForScope', () => {
  it('draws the whole plan unchanged', () => {
    expect(planForScope(figure3, { kind: 'plan' }).plan).toBe(figure3);
  });

  it('one site: the site with everything in it, and only the links inside it', () => {
    const { plan } = planForScope(figure3, { kind: 'site', siteId: headOffice.id });
    expect(plan.name).toBe(`${figure3.name} — ${headOffice.name}`);
    expect(plan.sites.map((s) => s.id)).toEqual([headOffice.id]);
    expect(plan.servers.map((s) => s.site)).toEqual(plan.servers.map(() => headOffice.id));
    expect(plan.servers.length).toBe(figure3.servers.filter((s) => s.site === headOffice.id).length);
    expect(plan.clusters).toHaveLength(1);
    const ids = new Set([...plan.sites, ...plan.servers, ...plan.clusters, ...plan.infrastructure].map((i) => i.id));
    for (const link of plan.links) expect(ids.has(link.from) && ids.has(link.to)).toBe(true);
    expect(plan.links.some((l) => l.kind === 'edge-subscription')).toBe(false);
  });

  it('a selected cluster node comes with its cluster and site as frames, shrunk around it', () => {
    const node = figure3.servers.find((s) => s.cluster !== undefined)!;
    const scoped = planForScope(figure3, { kind: 'selection', ids: [node.id] });
    expect(scoped.plan.servers.map((s) => s.id)).toEqual([node.id]);
    expect(scoped.plan.clusters.map((c) => c.id)).toEqual([node.cluster]);
    expect(scoped.plan.sites.map((s) => s.id)).toEqual([node.site]);
    // The witness server is not drawn, so neither is the witness.
    expect(scoped.plan.clusters[0]!.witness).toBeUndefined();
    const site = resolveLayout(scoped.plan).byId.get(node.site!)!;
    expect(site.width).toBeLessThan(resolveLayout(figure3).byId.get(node.site!)!.width);
  });

  it('a selected link brings its two ends', () => {
    const sites = new Set(figure3.sites.map((s) => s.id));
    const link = figure3.links.find((l) => !sites.has(l.from) && !sites.has(l.to))!;
    const { plan } = planForScope(figure3, { kind: 'selection', ids: [link.id] });
    expect(plan.links.map((l) => l.id)).toEqual([link.id]);
  });

  it('counts only the findings about what is drawn', () => {
    const findings: Finding[] = [
      { rule: 'a', severity: 'error', subjects: [headOffice.id], message: 'in' },
      { rule: 'b', severity: 'error', subjects: ['edge01'], message: 'out' },
    ];
    const scoped = planForScope(figure3, { kind: 'site', siteId: headOffice.id });
    expect(findingsInScope(findings, scoped).map((f) => f.message)).toEqual(['in']);
  });
});
