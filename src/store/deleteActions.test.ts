import { afterEach, describe, expect, it } from 'vitest';
import { templateById } from '../templates/index.ts';
import { deleteItems, removeContainersKeepingContents, withContents } from './deleteActions.ts';
import { usePlanStore } from './planStore.ts';
import { PlanDocument } from '../doc/index.ts';
import { useToasts } from './toasts.ts';

const open = () => usePlanStore.getState().open('t', PlanDocument.fromPlan(templateById('figure-3')!.plan));
const plan = () => usePlanStore.getState().plan;

afterEach(() => useToasts.setState({ toasts: [] }));

describe('deleting containers', () => {
  it('deletes a site with everything in it, and says so with an Undo that brings it all back', () => {
    open();
    const before = plan();
    expect([...withContents(before, ['hq'])].sort()).toEqual(
      ['cas01', 'clients', 'cms01', 'dc01', 'gateway', 'hq', 'hub01', 'mbx01', 'mbx02', 'pbx', 'um01'].sort(),
    );
    deleteItems(['hq']);
    expect(plan().sites.map((s) => s.id)).toEqual(['dmz']);
    expect(plan().servers.map((s) => s.id)).toEqual(['edge01']);
    const [notice] = useToasts.getState().toasts;
    expect(notice?.text).toBe('Deleted Head office with 5 servers and 5 other items in it.');
    notice!.action!.run();
    expect(plan()).toEqual(before);
  });

  it("offers no Undo when the plan has moved on, and says how to step back instead", () => {
    open();
    deleteItems(['cms01']);
    const notice = useToasts.getState().toasts.at(-1)!;
    usePlanStore.getState().apply((p) => ({ ...p, name: 'Renamed' }));
    notice.action!.run();
    expect(plan().name).toBe('Renamed');
    expect(useToasts.getState().toasts.at(-1)!.text).toMatch(/use Undo in the top bar/);
  });

  it('removes only the box with "Remove container, keep contents", selecting what it held', () => {
    open();
    removeContainersKeepingContents(['cms01']);
    expect(plan().clusters).toEqual([]);
    expect(plan().servers.filter((s) => s.id.startsWith('mbx')).map((s) => s.site)).toEqual(['hq', 'hq']);
    expect(usePlanStore.getState().selection.sort()).toEqual(['mbx01', 'mbx02']);
  });
});
