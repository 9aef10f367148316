// React's own start-up (react-dom's and React's module bodies: building their tables, ~3-5 ms) in
// React's part of the first paint (vite.config.ts puts this module there): it runs as soon as that
// part has arrived, not in the app's evaluation once every part is in.
import { createRoot as reactCreateRoot } from 'react-dom/client';

export const createRoot: typeof reactCreateRoot = reactCreateRoot;
