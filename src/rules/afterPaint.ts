// The rule engine's parts the app loads after its first paint (src/app/later.tsx), in one chunk
// outside the first script: quick fixes, and the plan index updated edit by edit (validation is
// the same without it, only slower).
export { quickFixes } from './fixes.ts';
export { updateIndex } from './indexUpdate.ts';
