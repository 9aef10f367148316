// Deriving the plan's layout table from the document (derive.ts): only the entries a transaction
// touched, and those whose item came or went, are read again; a local edit's own table is kept
// when the document shows exactly it (writtenAsShown), otherwise the table is copied and patched.
import * as Y from 'yjs';
import { newLayout, type Position } from '../model/index.ts';
import { copyLayout, noteLayoutChange } from '../model/positions.ts';
import { RESERVED_IDS, type IssueScope } from '../model/references.ts';
import { writtenAsShown, type ExpectedLayout } from './deriveParts.ts';
import { hasLayoutItem, repairPosition, type Kinds } from './repair.ts';
import type { Json } from './write.ts';

export class LayoutReader {
  private positions = new Map<string, Position | null>();
  private dirty: Set<string> | 'all' = 'all';
  table: Record<string, Position> = newLayout();
  /** Entries of `table` (counting its keys was a walk of every position on each edit). */
  size = 0;
  /** During a local edit: the layout table it wrote. */
  expected: ExpectedLayout | undefined;

  constructor(private readonly map: Y.Map<Y.Map<unknown>>) {}

  /** Notes entries the document changed. */
  mark(keys: Iterable<string>) {
    if (this.dirty !== 'all') for (const k of keys) this.dirty.add(k);
  }

  /** The layout's entries re-read, and those whose item came or went (`flipped`), or all of them. */
  read(flipped: ReadonlySet<string> | 'all', scope: IssueScope, kinds: Kinds): boolean {
    const layout = this.map;
    const dirty = this.dirty;
    const reread = dirty === 'all' ? new Set([...layout.keys(), ...this.positions.keys()]) : dirty;
    const membership = flipped === 'all';
    // An entry whose item came or went is shown or hidden as it is (not read again).
    const keys = membership || flipped.size === 0 ? reread : new Set([...reread, ...flipped]);
    scope.layout = keys;
    if (keys.size === 0 && !membership) return false;
    for (const id of reread) {
      const entry = layout.get(id);
      if (entry instanceof Y.Map && !RESERVED_IDS.has(id)) this.positions.set(id, repairPosition(entry.toJSON() as Json));
      else this.positions.delete(id);
    }
    this.dirty = new Set();
    const shown = (id: string): Position | undefined => {
      const position = this.positions.get(id);
      return position && hasLayoutItem(kinds, id) ? position : undefined;
    };
    if (!membership && dirty !== 'all') {
      // Only some entries changed, or their items came or went: copy, and replace those.
      if ([...keys].every((id) => shown(id) === this.table[id])) return false;
      const expected = this.expected;
      if (expected && expected.base === this.table && writtenAsShown(expected, keys, shown)) {
        // The table the edit wrote is what the document shows: kept as it is, not copied.
        for (const id of new Set([...keys, ...expected.delta])) this.size += (shown(id) ? 1 : 0) - (Object.hasOwn(this.table, id) ? 1 : 0);
        this.table = expected.layout as Record<string, Position>;
        return true;
      }
      // Null-prototype tables: an id such as "__proto__" from a document is an entry like any other.
      const next = copyLayout(this.table);
      for (const id of keys) {
        const position = shown(id);
        const had = Object.hasOwn(next, id);
        if (position) {
          next[id] = position;
          if (!had) this.size++;
        } else if (had) {
          delete next[id];
          this.size--;
        }
      }
      noteLayoutChange(next, this.table, [...keys]);
      this.table = next;
      return true;
    }
    const next = newLayout();
    let same = true;
    let size = 0;
    for (const id of this.positions.keys()) {
      const position = shown(id);
      if (!position) continue;
      next[id] = position;
      size++;
      if (this.table[id] !== position) same = false;
    }
    if (same && size === this.size) return false;
    this.table = next;
    this.size = size;
    return true;
  }
}
