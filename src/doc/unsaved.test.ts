// An edit whose IndexedDB write had not completed when the page went away (Chromium drops such a
// write) is kept in localStorage and is back, and stored, when its document opens again; what was
// kept is forgotten once stored; where it cannot be kept, the page says so (the user is asked).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import * as Y from 'yjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteStoredDoc, DocStorage } from './persistence.ts';
import { forgetEntries, forgetUnsavedExcept, keepBeforeLeaving, keepUnsaved, readUnsaved } from './unsaved.ts';

/** localStorage as a browser has it (Node has none); `full` makes writes throw. */
class MemoryStorage implements Storage {
  readonly items = new Map<string, string>();
  full = false;
  get length() {
    return this.items.size;
  }
  key = (i: number) => [...this.items.keys()][i] ?? null;
  getItem = (k: string) => this.items.get(k) ?? null;
  setItem = (k: string, v: string) => {
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(k, v);
  };
  removeItem = (k: string) => void this.items.delete(k);
  clear = () => this.items.clear();
}

let local: MemoryStorage;
const opened: DocStorage[] = [];
/** Writes that never complete, as those of a page that is going away. */
const dropped: { onabort: (() => void) | null }[] = [];

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  local = new MemoryStorage();
  globalThis.localStorage = local;
});
afterEach(async () => {
  for (const tx of dropped.splice(0)) tx.onabort?.();
  for (const storage of opened.splice(0)) await storage.destroy();
});

async function open(name: string) {
  const doc = new Y.Doc();
  const storage = new DocStorage(name, doc);
  opened.push(storage);
  expect(await storage.opened).toBe(true);
  return { doc, storage };
}

/** From now on this storage's writes never complete (the page is going away). */
function goingAway(storage: DocStorage) {
  const db = storage.db!;
  db.transaction = (() => {
    const tx = { onabort: null, oncomplete: null, error: null, objectStore: () => ({ add() {} }), commit() {} };
    dropped.push(tx);
    return tx;
  }) as unknown as IDBDatabase['transaction'];
}

/** How many tabs keep unsaved edits of `name` (a storage of an earlier test that went away keeps its own). */
const keptFor = (name: string) => [...local.items.keys()].filter((k) => k.startsWith(`etd-unsaved:${name}:`)).length;
const names = (doc: Y.Doc) => doc.getMap('plan').get('name');

describe('edits not yet stored when the page goes away', () => {
  it('are kept, put back and stored when the plan opens again, then forgotten', async () => {
    const first = await open('etd-plan:a');
    first.doc.getMap('plan').set('name', 'Stored');
    expect(await first.storage.settled()).toBe(true);
    goingAway(first.storage);
    first.doc.getMap('plan').set('name', 'Edited just before the reload');
    expect(keepBeforeLeaving()).toBe(true);
    expect(keptFor('etd-plan:a')).toBe(1);

    const again = await open('etd-plan:a');
    expect(names(again.doc)).toBe('Edited just before the reload');
    expect(await again.storage.settled()).toBe(true);
    expect(keptFor('etd-plan:a')).toBe(0);
    await again.storage.destroy();
    // Stored in IndexedDB now: a third opening finds the edit without anything kept aside.
    const third = await open('etd-plan:a');
    expect(names(third.doc)).toBe('Edited just before the reload');
  });

  it('are forgotten by the tab itself once its writes complete', async () => {
    const { doc, storage } = await open('etd-plan:b');
    doc.getMap('plan').set('name', 'Quick edit');
    expect(keepBeforeLeaving()).toBe(true); // the tab is hidden: its write is under way, so kept
    expect(keptFor('etd-plan:b')).toBe(1);
    expect(await storage.settled()).toBe(true);
    expect(keptFor('etd-plan:b')).toBe(0);
  });

  it('cannot be kept when localStorage refuses: the page says so', async () => {
    const { doc, storage } = await open('etd-plan:c');
    goingAway(storage);
    local.full = true;
    doc.getMap('plan').set('name', 'Nowhere to keep it');
    expect(keepBeforeLeaving()).toBe(false);
    local.full = false;
    expect(keepBeforeLeaving()).toBe(true);
  });

  it('are read for their own document only, and go with a deleted one', async () => {
    const edit = (value: string) => {
      const doc = new Y.Doc();
      doc.getMap('plan').set('name', value);
      return Y.encodeStateAsUpdate(doc);
    };
    expect(keepUnsaved('etd-plan:p1', [edit('one')])).toBe(true);
    expect(keepUnsaved('etd-plan:p12', [edit('twelve')])).toBe(true);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, readUnsaved('etd-plan:p1')!.update);
    expect(names(doc)).toBe('one');
    await deleteStoredDoc('etd-plan:p1');
    expect(readUnsaved('etd-plan:p1')).toBeUndefined();
    expect(readUnsaved('etd-plan:p12')).toBeDefined();
  });
  it('that are damaged never stop the plan from opening, and are removed; the good ones are put back', async () => {
    const good = new Y.Doc();
    good.getMap('plan').set('name', 'Kept by another tab');
    local.setItem('etd-unsaved:etd-plan:d:goodtab', Buffer.from(Y.encodeStateAsUpdate(good)).toString('base64'));
    local.setItem('etd-unsaved:etd-plan:d:deadbeef', Buffer.from('hello world').toString('base64')); // base64, not an update
    local.setItem('etd-unsaved:etd-plan:d:notbase64', '%%%');
    const { doc, storage } = await open('etd-plan:d');
    expect(names(doc)).toBe('Kept by another tab');
    expect(local.getItem('etd-unsaved:etd-plan:d:deadbeef')).toBeNull();
    expect(local.getItem('etd-unsaved:etd-plan:d:notbase64')).toBeNull();
    expect(await storage.settled()).toBe(true);
    expect(keptFor('etd-plan:d')).toBe(0);
  });

  it('that another tab kept again after they were read are not forgotten with what was read', () => {
    const edit = (value: string) => {
      const doc = new Y.Doc();
      doc.getMap('plan').set('name', value);
      return Y.encodeStateAsUpdate(doc);
    };
    const key = 'etd-unsaved:etd-plan:e:othertab';
    local.setItem(key, Buffer.from(edit('first')).toString('base64'));
    const read = readUnsaved('etd-plan:e')!;
    local.setItem(key, Buffer.from(edit('newer')).toString('base64')); // that tab kept newer edits since
    forgetEntries(read.entries);
    expect(local.getItem(key)).not.toBeNull();
    forgetEntries(readUnsaved('etd-plan:e')!.entries);
    expect(local.getItem(key)).toBeNull();
  });
  it('of a plan deleted while another tab still kept them are forgotten when the list is next checked', () => {
    local.setItem('etd-unsaved:etd-plan:kept:tab1', 'AAA=');
    local.setItem('etd-unsaved:etd-plan:gone:tab2', 'AAA=');
    local.setItem('etd-unsaved:etd-library:tab3', 'AAA=');
    local.setItem('another-app-key', 'x');
    forgetUnsavedExcept(['etd-plan:kept', 'etd-library']);
    expect([...local.items.keys()].sort()).toEqual(['another-app-key', 'etd-unsaved:etd-library:tab3', 'etd-unsaved:etd-plan:kept:tab1']);
  });
});
