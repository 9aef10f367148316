// Deployment checklist ticks of the open plan: kept in its document beside the plan (so they are
// stored with it and follow other tabs), outside undo, read through a cached set per change.
import { useSyncExternalStore } from 'react';
import type { PlanDocument } from '../doc/index.ts';
import { openDocument, usePlanStore } from './planStore.ts';

const cache = new WeakMap<PlanDocument, ReadonlySet<string>>();

function ticks(document: PlanDocument): ReadonlySet<string> {
  let set = cache.get(document);
  if (!set) {
    set = new Set(document.progress());
    cache.set(document, set);
  }
  return set;
}

function subscribe(changed: () => void): () => void {
  let document = openDocument();
  const listen = (d: PlanDocument) =>
    d.on('progress', () => {
      cache.delete(d);
      changed();
    });
  let off = listen(document);
  const offStore = usePlanStore.subscribe(() => {
    if (openDocument() === document) return;
    off();
    document = openDocument();
    off = listen(document);
    changed();
  });
  return () => {
    off();
    offStore();
  };
}

export const useOpenPlanProgress = () => useSyncExternalStore(subscribe, () => ticks(openDocument()));

export function setOpenPlanProgress(stepId: string, done: boolean) {
  openDocument().setProgress(stepId, done);
}
