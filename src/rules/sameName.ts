// Case-insensitive duplicate detection for name-duplicate, without a Map of every name: on a
// 5,000-server plan a string-keyed Map costs more than all the other rules together, while this
// open-addressing table over a typed array allocates nothing per name.

// Seeded per run: a plan cannot be built offline whose distinct names all land in one slot.
const FNV_OFFSET = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) >>> 0;
const FNV_PRIME = 0x01000193;

const isAscii = (name: string) => {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) return false;
  return true;
};

/** FNV-1a over the name with ASCII letters upper-cased; others through toUpperCase (rare: invalid anyway). */
function foldedHash(name: string): number {
  const folded = isAscii(name) ? name : name.toUpperCase();
  let hash = FNV_OFFSET;
  for (let i = 0; i < folded.length; i++) {
    let c = folded.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return hash >>> 0;
}

function sameIgnoringCase(a: string, b: string): boolean {
  if (!isAscii(a) || !isAscii(b)) return a.toUpperCase() === b.toUpperCase();
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x >= 97 && x <= 122) x -= 32;
    if (y >= 97 && y <= 122) y -= 32;
    if (x !== y) return false;
  }
  return true;
}

/**
 * The names seen so far, by folded key: an open-addressing table over a typed array of positions in
 * `names`. Kept by name-duplicate after a check, so a server added at the end (a palette add) is one
 * look-up instead of a pass over every name.
 */
export class NameTable {
  private slots: Int32Array;
  private readonly names: string[] = [];

  constructor(count: number) {
    let size = 16;
    while (size < count * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
  }

  /** Adds `name` when no equal one is in the table (-1), else leaves it out and returns that one's position. */
  add(name: string): number {
    if (this.names.length * 2 >= this.slots.length) this.grow();
    const mask = this.slots.length - 1;
    for (let slot = foldedHash(name) & mask; ; slot = (slot + 1) & mask) {
      const first = this.slots[slot]!;
      if (first === -1) {
        this.slots[slot] = this.names.push(name) - 1;
        return -1;
      }
      if (sameIgnoringCase(this.names[first]!, name)) return first;
    }
  }

  private grow() {
    const names = this.names.splice(0);
    this.slots = new Int32Array(this.slots.length * 2).fill(-1);
    for (const name of names) this.add(name);
  }
}

/**
 * Every group of the `count` names equal ignoring case (two or more indexes each, ascending), by
 * first occurrence. Linear in the names: a group of n equal names is one group, not n² pairs.
 * `table` is left holding the first of each group and every other name.
 */
export function sameNameGroups(count: number, nameAt: (i: number) => string, table = new NameTable(count)): number[][] {
  let groups: Map<number, number[]> | undefined; // first index -> every index, only on collision
  // The table's positions are the indexes of the names it took (first occurrences), in order.
  const firsts: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = table.add(nameAt(i));
    if (at === -1) {
      firsts.push(i);
      continue;
    }
    const first = firsts[at]!;
    groups ??= new Map();
    const members = groups.get(first);
    if (members) members.push(i);
    else groups.set(first, [first, i]);
  }
  // A Map keeps insertion order, which is by second occurrence: sort by the first.
  return groups ? [...groups.values()].sort((a, b) => a[0]! - b[0]!) : [];
}
