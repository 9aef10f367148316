// A standby cluster in the Visio and draw.io scene: the same caption, dotted frame and passive
// nodes as the SVG, and a shape data field that says so.
import { describe, expect, it } from 'vitest';
import { updateCluster } from '../../model/edits.ts';
import { figure3 } from '../../deploy/test-plans.ts';
import { buildScene } from './scene.ts';

const texts = (parts: { text?: { text: string }[][] }[]) =>
  parts.flatMap((p) => p.text ?? []).flatMap((line) => line.map((r) => r.text));

describe('the export scene of a standby cluster', () => {
  const scene = buildScene(updateCluster(figure3(), 'cms01', { standby: true }));
  const item = (id: string) => scene.items.find((i) => i.id === id)!;

  it('is captioned and framed as a standby cluster, with every node passive', () => {
    const cms = item('cms01');
    expect(texts(cms.parts)).toContain('Standby: CMS01, SCR target');
    expect(cms.parts[0]).toMatchObject({ dash: '2 4', strokeWidth: 2 });
    expect(cms.data).toContainEqual({ key: 'Standby', label: 'Standby cluster (SCR target)', value: 'Yes' });
    expect(texts(item('mbx01').parts)).toContain('PASSIVE');
    expect(texts(item('mbx02').parts)).toContain('PASSIVE');
  });

  it('leaves an ordinary clustered mailbox server as it was', () => {
    const cms = buildScene(figure3()).items.find((i) => i.id === 'cms01')!;
    expect(texts(cms.parts)).toContain('CMS01');
    expect(cms.parts[0]).toMatchObject({ dash: '6 4' });
  });
});
