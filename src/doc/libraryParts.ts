// What opening the plan library needs, as one part loaded after the first paint's script (libraryCode.ts).
export { BrowserLibrary } from './browserLibrary.ts';
export { legacyBrowserStorage } from './libraryUpkeep.ts';
