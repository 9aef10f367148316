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
 * Every group of the `count` names equal ignoring case (two or more indexes each, ascending), by
 * first occurrence. Linear in the names: a group of n equal names is one group, not n² pairs.
 */
export function sameNameGroups(count: number, nameAt: (i: number) => string): number[][] {
  let size = 16;
  while (size < count * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1); // index of the first name with each folded key
  let groups: Map<number, number[]> | undefined; // first index -> every index, only on collision
  for (let i = 0; i < count; i++) {
    const name = nameAt(i);
    for (let slot = foldedHash(name) & (size - 1); ; slot = (slot + 1) & (size - 1)) {
      const first = slots[slot]!;
      if (first === -1) {
        slots[slot] = i;
        break;
      }
      if (sameIgnoringCase(nameAt(first), name)) {
        groups ??= new Map();
        const members = groups.get(first);
        if (members) members.push(i);
        else groups.set(first, [first, i]);
        break;
      }
    }
  }
  // A Map keeps insertion order, which is by second occurrence: sort by the first.
  return groups ? [...groups.values()].sort((a, b) => a[0]! - b[0]!) : [];
}
