// Case-insensitive duplicate detection for name-duplicate, without a Map of every name: on a
// 5,000-server plan a string-keyed Map costs more than all the other rules together, while this
// open-addressing table over typed arrays allocates nothing per name.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** ASCII letters folded to upper case; other names go through toUpperCase (rare: they are invalid anyway). */
function fold(name: string): string {
  for (let i = 0; i < name.length; i++) if (name.charCodeAt(i) > 127) return name.toUpperCase();
  return name;
}

function foldedHash(name: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < name.length; i++) {
    let c = name.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    hash = Math.imul(hash ^ c, FNV_PRIME);
  }
  return hash >>> 0;
}

function sameFolded(a: string, b: string): boolean {
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

/** Every pair [i, j], i < j, of names equal ignoring case; grouped by first occurrence, then by j. */
export function sameNamePairs(names: readonly string[]): [number, number][] {
  const keys = names.map(fold);
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const slots = new Int32Array(size).fill(-1); // index of the first name with each folded key
  let groups: Map<number, number[]> | undefined; // first index -> later indexes, only on collision
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    for (let slot = foldedHash(key) & (size - 1); ; slot = (slot + 1) & (size - 1)) {
      const first = slots[slot]!;
      if (first === -1) {
        slots[slot] = i;
        break;
      }
      if (sameFolded(keys[first]!, key)) {
        groups ??= new Map();
        const later = groups.get(first);
        if (later) later.push(i);
        else groups.set(first, [i]);
        break;
      }
    }
  }
  const pairs: [number, number][] = [];
  if (!groups) return pairs;
  for (const [first, later] of [...groups].sort((a, b) => a[0] - b[0])) {
    const members = [first, ...later];
    for (let a = 0; a < members.length; a++) for (let b = a + 1; b < members.length; b++) pairs.push([members[a]!, members[b]!]);
  }
  return pairs;
}
