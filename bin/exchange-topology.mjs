#!/usr/bin/env node
// exchange-topology: runs the TypeScript sources directly through tsx's loader, so
// `npx exchange-topology` works straight after `npm ci`, with no build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
await runCli(process.argv.slice(2));
