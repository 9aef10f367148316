// Presence: what each person in a room shares with the others through Yjs awareness (their name
// and color, what they have selected, where their pointer is). A state from the network is read
// through `readPresence`, which keeps only well-formed, bounded fields: it may come from anyone.

export interface Presence {
  user: { name: string; color: string };
  /** Ids of the items selected (bounded). */
  selection: string[];
  /** The pointer on the canvas, in diagram coordinates; null when it is off the canvas. */
  pointer: { x: number; y: number } | null;
  /** Set by the server: this person opened a viewer link. */
  viewer?: boolean;
}

export const MAX_NAME = 40;
export const MAX_SELECTION = 200;
const MAX_ID = 128;
const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Colors offered for a person: distinct from the role colors, readable on light and dark. */
export const PRESENCE_COLORS = ['#d9480f', '#5f3dc4', '#0b7285', '#c2255c', '#2b8a3e', '#1864ab', '#e67700', '#862e9c'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A person's name as shown: control and format characters removed, spaces folded, bounded. */
export function cleanName(value: unknown): string {
  if (typeof value !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim().slice(0, MAX_NAME);
}

/** A presence state from the network, or undefined when it holds no person. */
export function readPresence(state: unknown): Presence | undefined {
  if (!isObject(state) || !isObject(state.user)) return undefined;
  const name = cleanName(state.user.name);
  const color = typeof state.user.color === 'string' && COLOR.test(state.user.color) ? state.user.color : undefined;
  if (!name || !color) return undefined;
  const selection = Array.isArray(state.selection)
    ? state.selection.filter((id): id is string => typeof id === 'string' && id.length > 0 && id.length <= MAX_ID).slice(0, MAX_SELECTION)
    : [];
  const p = state.pointer;
  const pointer = isObject(p) && Number.isFinite(p.x) && Number.isFinite(p.y) && Math.abs(p.x as number) < 1e7 && Math.abs(p.y as number) < 1e7
    ? { x: p.x as number, y: p.y as number }
    : null;
  return { user: { name, color }, selection, pointer, ...(state.viewer === true ? { viewer: true } : {}) };
}
