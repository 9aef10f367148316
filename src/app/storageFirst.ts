// The page's localStorage, opened by the early script (linkFirst.ts) while the rest of the first
// paint's script streams in. A page's first use of localStorage makes two synchronous calls to the
// browser process (may this page use storage; then every stored key and value): 1.5-25 ms of
// waiting in traces on a busy machine, 0.2 ms of thread time, and it fell in the app's evaluation
// (the UI state and theme are read as it runs), which the first frame waits for. Made here, the
// calls happen while the main thread would otherwise wait for the scripts; what the app reads later
// is the same (the browser keeps the page's copy of the storage up to date).

/** Opens the page's storage (nothing is read or written); no storage, or a refused one, is left to its readers. */
export function openStorageEarly(): void {
  try {
    // `length` has the browser load the page's storage area (StorageArea::GetAll); `localStorage` itself asks whether the page may use storage.
    void globalThis.localStorage?.length;
  } catch {
    // Storage refused (a sandboxed frame, blocked cookies): uiState.ts and the rest handle it as they read.
  }
}
