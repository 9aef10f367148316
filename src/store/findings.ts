// Findings are derived from the plan, never stored: validate once per plan object and share the
// result between the canvas badges, the findings panel and the status line. Validation is
// incremental: an edit re-checks only what it can change (same findings as validate()).
import { createValidator, countBySeverity } from '../rules/index.ts';
import type { Finding, Severity } from '../rules/types.ts';
import type { Plan } from '../model/index.ts';
import { usePlanStore } from './planStore.ts';

export interface FindingsView {
  all: Finding[];
  counts: Record<Severity, number>;
  /** Findings by subject id. */
  byItem: Map<string, Finding[]>;
}

const cache = new WeakMap<Plan, FindingsView>();
const validate = createValidator();

/** The same findings, object for object (validation keeps unchanged findings as the same objects). */
export const sameFindings = (a: readonly Finding[] | undefined, b: readonly Finding[]) => !!a && a.length === b.length && a.every((f, i) => f === b[i]);

/**
 * The view of a findings list. An item whose findings are the very ones it had in `previous` keeps
 * that list (validation keeps unchanged findings as the same objects), so its badge and the
 * inspector's findings do not redraw.
 */
function viewOf(all: Finding[], previous?: FindingsView): FindingsView {
  const byItem = new Map<string, Finding[]>();
  for (const f of all)
    for (const id of f.subjects) {
      const list = byItem.get(id);
      if (list) list.push(f);
      else byItem.set(id, [f]);
    }
  if (previous)
    for (const [id, list] of byItem) {
      const before = previous.byItem.get(id);
      if (before !== list && sameFindings(before, list)) byItem.set(id, before!);
    }
  return { all, counts: countBySeverity(all), byItem };
}

/** The view of a findings list (an edit that changed no finding gets the same list, so the same view). */
const views = new WeakMap<Finding[], FindingsView>();

let lastView: FindingsView | undefined;

export function findingsOf(plan: Plan): FindingsView {
  let view = cache.get(plan);
  if (!view) {
    const all = validate(plan);
    view = views.get(all) ?? viewOf(all, lastView);
    views.set(all, view);
    cache.set(plan, view);
    lastView = view;
  }
  return view;
}

/** Findings the plan worker already worked out for this very plan object: not validated again here. */
export function seedFindings(plan: Plan, all: Finding[]) {
  if (!cache.has(plan)) cache.set(plan, viewOf(all));
}

const NONE: Finding[] = [];

export const useFindings = () => usePlanStore((s) => findingsOf(s.plan));
export const useItemFindings = (id: string) => usePlanStore((s) => findingsOf(s.plan).byItem.get(id) ?? NONE);

export function worstSeverity(findings: readonly Finding[]): Severity | undefined {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  if (findings.some((f) => f.severity === 'warning')) return 'warning';
  return findings.length > 0 ? 'info' : undefined;
}
