// Start-up begins before the rest of the app is evaluated: main.tsx imports this module first, so
// the plan library and the user's plan are read from IndexedDB while React, React Flow and the
// panels are still being evaluated (the browser reads the database meanwhile).
import { boot } from './boot.ts';

export const booted = boot();
