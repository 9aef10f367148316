// The list of the user's plans as a document of its own, so tabs that add, rename or delete plans
// concurrently all keep their change: an entry map keyed by plan id, an order list, and the plan
// that was open last. It only mirrors the plans' own documents and can be rebuilt from them.
import * as Y from 'yjs';

export interface PlanEntry {
  id: string;
  name: string;
  updatedAt: string;
  /** The team room this plan is in, when it is shared with a team. */
  room?: RoomBinding;
}

/** A plan in a team room: where, which room, and the token this browser opens it with. */
export interface RoomBinding {
  server: string;
  room: string;
  token: string;
  role: 'editor' | 'viewer';
  /** Known to whoever put the plan in the room: the viewer link they can hand out again. */
  viewerToken?: string;
}

const SECRET = /^[A-Za-z0-9_-]{22,64}$/;

/** A binding as stored (JSON text in the entry), or undefined when it is not one. */
function readBinding(value: unknown): RoomBinding | undefined {
  if (typeof value !== 'string') return undefined;
  try {
    const b = JSON.parse(value) as Partial<RoomBinding>;
    if (typeof b.server !== 'string' || !/^https?:\/\//.test(b.server) || !SECRET.test(b.room ?? '') || !SECRET.test(b.token ?? '')) return undefined;
    if (b.role !== 'editor' && b.role !== 'viewer') return undefined;
    const viewerToken = SECRET.test(b.viewerToken ?? '') ? b.viewerToken : undefined;
    return { server: b.server, room: b.room!, token: b.token!, role: b.role, ...(viewerToken ? { viewerToken } : {}) };
  } catch {
    return undefined;
  }
}

const types = (doc: Y.Doc) => ({
  entries: doc.getMap<Y.Map<string>>('entries'),
  order: doc.getArray<string>('order'),
  meta: doc.getMap<string>('meta'),
});

/** The plans in list order; entries the order misses (a concurrent edit) follow, oldest first. */
export function listEntries(doc: Y.Doc): PlanEntry[] {
  const { entries, order } = types(doc);
  const seen = new Set<string>();
  const out: PlanEntry[] = [];
  const add = (id: string) => {
    const entry = entries.get(id);
    if (seen.has(id) || !(entry instanceof Y.Map)) return;
    const name = entry.get('name');
    const updatedAt = entry.get('updatedAt');
    if (typeof name !== 'string' || typeof updatedAt !== 'string') return;
    seen.add(id);
    const room = readBinding(entry.get('room'));
    out.push(room ? { id, name, updatedAt, room } : { id, name, updatedAt });
  };
  for (const id of order.toArray()) add(id);
  const rest = [...entries.keys()].filter((id) => !seen.has(id));
  rest.sort((a, b) => String(entries.get(a)?.get('updatedAt')).localeCompare(String(entries.get(b)?.get('updatedAt'))) || a.localeCompare(b));
  for (const id of rest) add(id);
  return out;
}

export function hasEntry(doc: Y.Doc, id: string): boolean {
  return types(doc).entries.has(id);
}

/** Adds a plan at the end of the list, or updates its name and time. */
export function putEntry(doc: Y.Doc, entry: PlanEntry): void {
  const { entries, order } = types(doc);
  doc.transact(() => {
    const current = entries.get(entry.id);
    if (current instanceof Y.Map) {
      if (current.get('name') !== entry.name) current.set('name', entry.name);
      if (current.get('updatedAt') !== entry.updatedAt) current.set('updatedAt', entry.updatedAt);
      return;
    }
    const map = new Y.Map<string>();
    map.set('name', entry.name);
    map.set('updatedAt', entry.updatedAt);
    entries.set(entry.id, map);
    if (!order.toArray().includes(entry.id)) order.push([entry.id]);
  });
}

/** Puts a listed plan in a team room (or takes it out, with undefined). */
export function setEntryRoom(doc: Y.Doc, id: string, room: RoomBinding | undefined): void {
  const entry = types(doc).entries.get(id);
  if (!(entry instanceof Y.Map)) return;
  if (room) entry.set('room', JSON.stringify(room));
  else entry.delete('room');
}

export function removeEntry(doc: Y.Doc, id: string): void {
  const { entries, order } = types(doc);
  doc.transact(() => {
    entries.delete(id);
    const ids = order.toArray();
    for (let i = ids.length - 1; i >= 0; i--) if (ids[i] === id) order.delete(i, 1);
  });
}

export const currentPlanId = (doc: Y.Doc): string | undefined => types(doc).meta.get('current');

export function setCurrentPlanId(doc: Y.Doc, id: string): void {
  if (currentPlanId(doc) !== id) types(doc).meta.set('current', id);
}

/** When plans saved by an earlier version (localStorage) were moved here; undefined before. */
export const migratedAt = (doc: Y.Doc): string | undefined => types(doc).meta.get('migratedFromLocalStorage');

export function setMigrated(doc: Y.Doc, at: string): void {
  types(doc).meta.set('migratedFromLocalStorage', at);
}
