// Deployment checklist ticks of the open plan: kept in its document beside the plan (so they are
// stored with it and follow other tabs), outside undo, read through a cached set per change. A plan
// only shown has no document: none are kept (its checklist keeps ticks in memory, panels/deploy/progress.ts).
import { useSyncExternalStore } from 'react';
import type { PlanDocument } from '../doc/index.ts';
import { openDocument, usePlanStore } from './planStore.ts';

const cache = new WeakMap<PlanDocument, ReadonlySet<string>>();
const NONE: ReadonlySet<string> = new Set();

function ticks(document: PlanDocument | undefined): ReadonlySet<string> {
  if (!document) return NONE;
  let set = cache.get(document);
  if (!set) {
    set = new Set(document.progress());
    cache.set(document, set);
  }
  return set;
}

function subscribe(changed: () => void): () => void {
  let document = openDocument();
  const listen = (d: PlanDocument | undefined) =>
    !d
      ? () => {}
      : d.on('progress', () => {
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
  openDocument()?.setProgress(stepId, done);
}
