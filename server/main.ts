// `npm run server`: the team server as a program. Settings from options and environment, the app
// built once when dist/ is missing, a clean stop on SIGINT/SIGTERM (open rooms are stored first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { captureConsole, createLogger, logCrashes, maskSecrets, type Logger } from './log.ts';
import { helpText, readSettings } from './options.ts';
import { startTeamServer } from './start.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function main(argv: readonly string[]): Promise<number> {
  const outcome = readSettings(argv, process.env);
  if (!outcome.ok) {
    process.stderr.write(`npm run server: ${outcome.error}\n\n${helpText()}\n`);
    return 2;
  }
  if (outcome.help) {
    process.stdout.write(`${helpText()}\n`);
    return 0;
  }
  const s = outcome.settings;
  const log = createLogger({ level: s.logLevel, base: { instance: s.instance } });
  captureConsole(log);
  logCrashes(log);
  let staticDir = s.app === 'default' ? join(ROOT, 'dist') : s.app;
  if (s.app === 'default' && !existsSync(join(staticDir!, 'index.html'))) {
    log.info('building the app once (dist/ is missing)', {});
    if (!buildApp(log)) {
      log.error('the app could not be built; serving rooms and the API only', {});
      staticDir = undefined;
    } else log.info('app built', {});
  } else if (staticDir && !existsSync(join(staticDir, 'index.html'))) log.warn('no index.html in the app folder', { app: staticDir });
  const server = await startTeamServer({
    host: s.host,
    port: s.port,
    dataDir: s.dataDir,
    databaseUrl: s.databaseUrl,
    redisUrl: s.redisUrl,
    staticDir,
    allowedOrigins: s.allowedOrigins,
    limits: s.limits,
    log,
    instance: s.instance,
  });
  const stop = (signal: string) => {
    log.info('stopping', { signal });
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    void server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  return -1;
}

/** Builds dist/ with the repository's Vite; its output stays out of the JSON log (kept for a failure). */
function buildApp(log: Logger): boolean {
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status === 0) return true;
  log.error('vite build failed', { output: `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().slice(-2000) });
  return false;
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: Error) => {
    process.stdout.write(JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: 'team server failed to start', error: maskSecrets(error.message) }) + '\n');
    process.exit(1);
  },
);
