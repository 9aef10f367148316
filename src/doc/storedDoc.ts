// A stored plan read without opening it for editing (a comparison, a list entry put back): loaded
// on first use, as a start-up that finds its plan listed never needs it.
import * as Y from 'yjs';
import { canListStored, deleteStoredDoc, storedNames, UPDATED_AT } from './persistence.ts';
import { readUnsaved } from './unsaved.ts';

/**
 * Reads a stored document without writing to it, with the time it was last saved when known;
 * undefined when there is no such database.
 */
export async function readStoredDoc(name: string): Promise<{ doc: Y.Doc; updatedAt: string | undefined } | undefined> {
  if (canListStored() && !(await storedNames()).includes(name)) return undefined;
  const doc = new Y.Doc();
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  try {
    if (!db.objectStoreNames.contains('updates') || !db.objectStoreNames.contains('custom')) {
      // Opening made an empty database where there was none: take it away again.
      db.close();
      await deleteStoredDoc(name).catch(() => undefined);
      return undefined;
    }
    const tx = db.transaction(['updates', 'custom'], 'readonly');
    const read = <T>(request: IDBRequest) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as T);
        request.onerror = () => reject(request.error);
      });
    const [updates, updatedAt] = await Promise.all([
      read<Uint8Array[]>(tx.objectStore('updates').getAll()),
      read<unknown>(tx.objectStore('custom').get(UPDATED_AT)),
    ]);
    // With any edit a page that went away could not store yet (unsaved.ts).
    const unsaved = readUnsaved(name);
    Y.transact(doc, () => [...updates, ...(unsaved ? [unsaved.update] : [])].forEach((u) => Y.applyUpdate(doc, u)), 'load');
    return { doc, updatedAt: typeof updatedAt === 'string' ? updatedAt : undefined };
  } finally {
    db.close();
  }
}
