// What opening a plan reports while it works, so a large plan shows how far it has got: the
// plan's size is known once its JSON is read, before the (longer) check of every item.

export interface PlanSize {
  servers: number;
  /** Sites, servers, clusters, infrastructure items and links. */
  items: number;
}

/** Called once the JSON is read, before parsePlan checks it. */
export type ParseProgress = (size: PlanSize) => void;

const LISTS = ['sites', 'servers', 'clusters', 'infrastructure', 'links'] as const;

/** Counts from a parsed but unchecked document (anything JSON.parse may return). */
export function planSize(value: unknown): PlanSize {
  const doc = value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const length = (key: string) => (Array.isArray(doc[key]) ? (doc[key] as unknown[]).length : 0);
  return { servers: length('servers'), items: LISTS.reduce((n, key) => n + length(key), 0) };
}
