import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/security/headers.ts';

// The built app allows no inline or remote script and talks to nobody: plans stay on the machine.
// The policy also rides in a meta tag, for static hosting that sends no headers; `vite preview`
// sends the full header set. (Only for builds: the dev server injects inline scripts for hot reload.)
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
  };
}

/** The faces the first paint's text uses (Inter regular and semibold, Latin). */
const FIRST_PAINT_FONTS = /\/inter-latin-(400|600)-normal-[\w-]+\.woff2$/;

// The page's fonts are requested with the HTML, not once the first layout finds text that needs them:
// they arrived after the diagram's first paint, and every label was laid out and painted again in
// Inter (text drawn in a fallback face first). Preloaded fonts are not script: the budget is unchanged.
function preloadFirstPaintFonts(): Plugin {
  let base = '/';
  return {
    name: 'preload-first-paint-fonts',
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: {
      order: 'post',
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => FIRST_PAINT_FONTS.test(`/${file}`))
          .sort()
          .map((file) => ({
            tag: 'link',
            attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `${base}${file}` },
            injectTo: 'head' as const,
          })),
    },
  };
}

const ENTRY = fileURLToPath(new URL('./src/app/main.tsx', import.meta.url));
let firstPaint: Set<string> | undefined;

/** 'core' for a module the entry reaches through static imports alone; the rest splits as it will. */
function firstPaintChunk(id: string, ctx: { getModuleInfo(id: string): { importedIds: readonly string[] } | null }): string | null {
  if (!firstPaint) {
    firstPaint = new Set([ENTRY]);
    for (const next of firstPaint) for (const child of ctx.getModuleInfo(next)?.importedIds ?? []) firstPaint.add(child);
  }
  return firstPaint.has(id) ? 'core' : null;
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadFirstPaintFonts()],
  // Yjs prints its rare warnings through lib0/logging, whose browser build pulls lib0's DOM and
  // schema modules into the first paint (about 2.5 KB gzip); lib0's console-only build (the one
  // Node and Deno get) has the same exports and prints the same text.
  resolve: { alias: [{ find: /^lib0\/logging$/, replacement: fileURLToPath(new URL('./node_modules/lib0/logging.node.js', import.meta.url)) }] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    sourcemap: true,
    // Everything the first paint imports statically, in one chunk instead of a dozen small ones
    // shared with the parts loaded later (app/later.tsx): one request, and gzip sees it all at once.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: firstPaintChunk }] } } },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Property and fuzz tests are CPU-bound: a busy 2-core machine must not turn them into timed tests.
    testTimeout: 60_000,
  },
});
