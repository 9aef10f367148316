// Deleting from the canvas: a site or cluster goes with everything in it (a toast offers Undo),
// and "Remove container, keep contents" takes away only the box, leaving its contents in place.
import { removeItems, type Plan } from '../model/index.ts';
import { removeKeepingContents } from '../layout/unwrap.ts';
import { resolveLayout } from '../theme/geometry.ts';
import { edit } from './actions.ts';
import { undo, usePlanStore } from './planStore.ts';
import { notify } from './toasts.ts';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The ids with everything drawn inside them (a site's servers, clusters and their nodes, ...). */
export function withContents(plan: Plan, ids: readonly string[]): Set<string> {
  const layout = resolveLayout(plan);
  const chosen = new Set(ids);
  const out = new Set(ids);
  for (const box of layout.boxes)
    for (let b = box; ; ) {
      if (chosen.has(b.id)) {
        out.add(box.id);
        break;
      }
      const parent = b.parent !== undefined ? layout.byId.get(b.parent) : undefined;
      if (!parent) break;
      b = parent;
    }
  return out;
}

function describe(plan: Plan, ids: readonly string[], gone: ReadonlySet<string>): string {
  const names = new Map<string, string>();
  for (const list of [plan.sites, plan.clusters, plan.servers, plan.infrastructure]) for (const i of list) names.set(i.id, i.name);
  const named = ids.filter((id) => names.has(id));
  const what = named.length === 1 ? names.get(named[0]!)! : plural(named.length, 'item');
  const servers = plan.servers.filter((s) => gone.has(s.id) && !named.includes(s.id)).length;
  const others = [...gone].filter((id) => names.has(id) && !named.includes(id) && !plan.servers.some((s) => s.id === id)).length;
  const parts = [servers && plural(servers, 'server'), others && plural(others, 'other item')].filter(Boolean);
  return parts.length ? `Deleted ${what} with ${parts.join(' and ')} in it.` : `Deleted ${what}.`;
}

/** Deletes the items and what they contain; offers Undo when a container took contents with it. */
export function deleteItems(ids: readonly string[]) {
  const before = usePlanStore.getState().plan;
  if (ids.length === 0) return;
  const gone = withContents(before, ids);
  edit((p) => removeItems(p, gone), []);
  const after = usePlanStore.getState().plan;
  if (after === before || gone.size === ids.length) return;
  notify(describe(before, ids, gone), 'info', {
    action: {
      label: 'Undo',
      run: () => {
        if (usePlanStore.getState().plan === after) undo();
        else notify('The plan has changed since: use Undo in the top bar to step back.', 'warning');
      },
    },
  });
}

export function deleteSelection() {
  deleteItems(usePlanStore.getState().selection);
}

/** Removes the selected sites and clusters; what they held stays exactly where it is on screen. */
export function removeContainersKeepingContents(ids: readonly string[] = usePlanStore.getState().selection) {
  const plan = usePlanStore.getState().plan;
  const layout = resolveLayout(plan);
  const containers = ids.filter((id) => ['site', 'cluster'].includes(layout.byId.get(id)?.kind ?? ''));
  if (containers.length === 0) return;
  const kept = layout.boxes.filter((b) => b.parent !== undefined && containers.includes(b.parent)).map((b) => b.id);
  edit((p) => removeKeepingContents(p, containers), kept);
}
