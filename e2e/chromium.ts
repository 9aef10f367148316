// The one Chromium setup for browser tests and the canvas benchmark: Debian's Chromium at
// $CHROMIUM_PATH or /usr/bin/chromium when present (this machine and CI), else Playwright's own.
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath(): string | undefined {
  return process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
}

/** Launch options for playwright's chromium.launch() and the config's launchOptions. */
export function chromiumLaunchOptions() {
  const executablePath = chromiumPath();
  return { headless: true, ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS };
}
