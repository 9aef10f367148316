// The plan library's code (IndexedDB, other tabs, moving plans of earlier versions) is not part of
// the first paint's script: a page opened on a share link draws the shared plan before the library
// opens. Start-up asks for it early when it opens the user's own plan (app/smallLink.ts), so it has
// arrived by the time it is needed.
import type * as LibraryParts from './libraryParts.ts';

let loading: Promise<typeof LibraryParts> | undefined;

/** The library's code, fetched once. */
export const libraryCode = () => (loading ??= import('./libraryParts.ts'));
