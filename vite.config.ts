import { defineConfig, type Plugin } from 'vitest/config';
import type { HtmlTagDescriptor, IndexHtmlTransformContext } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from './src/security/headers.ts';
import { FIRST_PAINT_TEXT_ATTRS, firstPaintTextLines } from './src/app/firstPaintText.ts';

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
  return headTagsFromBundle('preload-first-paint-fonts', (bundle, base) =>
    Object.keys(bundle)
      .filter((file) => FIRST_PAINT_FONTS.test(`/${file}`))
      .sort()
      .map((file) => ({ tag: 'link', attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href: `${base}${file}` }, injectTo: 'head' })),
  );
}

/** A build plugin that adds tags to the page's head, from the built bundle (after Vite's own tags). */
function headTagsFromBundle(name: string, tags: (bundle: NonNullable<IndexHtmlTransformContext['bundle']>, base: string) => HtmlTagDescriptor[]): Plugin {
  let base = '/';
  return {
    name,
    apply: 'build',
    configResolved: (config) => void (base = config.base),
    transformIndexHtml: { order: 'post', handler: (_html, ctx) => tags(ctx.bundle ?? {}, base) },
  };
}

// The first frame's font sizes and weights are laid out in a hidden element while the scripts arrive
// (app/firstPaintText.ts): the browser's font look-ups leave the shell's first layout. Not script.
function layOutFirstPaintText(): Plugin {
  return {
    name: 'lay-out-first-paint-text',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'div', attrs: FIRST_PAINT_TEXT_ATTRS, injectTo: 'body-prepend', children: firstPaintTextLines() }],
  };
}

/** Besides the entry, modules whose chunks (with the chunks they import) run as the page opens: the library. */
const START_MODULES = ['src/doc/libraryParts.ts'];
/** Parts loaded once idle after the first paint that every edit runs (an add's layout and index updates): their own chunks. */
const EDIT_PATH_MODULES = ['src/theme/layoutUpdate.ts', 'src/rules/afterPaint.ts'];
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';
/** The first paint's libraries (zod/mini: a share link's reading runs much of it): compiled as they stream in, like the rest. */
const FIRST_PAINT_LIBS = 'libs';
/** The plan document's libraries (Yjs, lib0), loaded with the plan library, not before a shared plan's first paint. */
const DOCUMENT_LIBS = 'yjs';
/**
 * Start parts left lazily compiled: React and React Flow with d3. A third of each runs by the first
 * paint (react-dom 31%, React Flow 36%), and compiling all of it eagerly kept the streaming threads
 * busy until every start part was late: with the hint on these two, Figure 3 from a link drew
 * 11-18 ms later (medians of 100 interleaved link-opens, three times). Our own parts run 38-54% and keep it.
 */
const LAZY_START_PARTS = new Set([DOCUMENT_LIBS, 'react', 'xyflow']);

// V8 compiled the start-up script's functions one by one as they first ran, on the main thread
// (~40-65 ms of the first render from a share link). This comment (Chrome 136+) has them compiled
// on the threads that stream the scripts in; other browsers ignore it. Later parts stay lazy, and
// so do the libraries of which the first paint runs little (LAZY_START_PARTS).
function compileStartScriptsEagerly(): Plugin {
  return {
    name: 'compile-start-scripts-eagerly',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((out) => out.type === 'chunk');
        const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const start = new Set(chunks.filter((c) => c.isEntry || START_MODULES.some((m) => c.facadeModuleId?.endsWith(m))));
        for (const chunk of start) for (const file of chunk.imports) start.add(byFile.get(file)!);
        for (const chunk of chunks) if (EDIT_PATH_MODULES.some((m) => chunk.facadeModuleId?.endsWith(m))) start.add(chunk);
        for (const chunk of start) {
          if (LAZY_START_PARTS.has(chunk.name)) continue;
          chunk.code = COMPILE_HINT + chunk.code;
          // The source map moves down one line with the code.
          const map = bundle[`${chunk.fileName}.map`];
          if (map?.type === 'asset' && typeof map.source === 'string') {
            const json = JSON.parse(map.source) as { mappings: string };
            map.source = JSON.stringify({ ...json, mappings: `;${json.mappings}` });
          } else if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
        }
      },
    },
  };
}

const ENTRY = fileURLToPath(new URL('./src/app/main.tsx', import.meta.url));
/** The second entry: a small share link's reading, run as soon as its part has arrived (app/linkFirst.ts). */
const LINK_FIRST = fileURLToPath(new URL('./src/app/linkFirst.ts', import.meta.url));
const reachedFrom = new Map<string, Set<string>>();
type ModuleGraph = { getModuleInfo(id: string): { importedIds: readonly string[] } | null };

/** Whether the entry reaches the module through static imports alone. */
function reaches(entry: string, id: string, ctx: ModuleGraph): boolean {
  let reached = reachedFrom.get(entry);
  if (!reached) {
    reachedFrom.set(entry, (reached = new Set([entry])));
    for (const next of reached) for (const child of ctx.getModuleInfo(next)?.importedIds ?? []) reached.add(child);
  }
  return reached.has(id);
}

/** The first paint's part a module goes in ('core', 'react' or 'libs'); null: not in the first paint, split as it will. */
const firstPaintPart = (part: string, only?: RegExp) => (id: string, ctx: ModuleGraph) =>
  reaches(ENTRY, id, ctx) && (!only || only.test(id)) ? part : null;
/** The link's reader and what it imports but zod (in 'libs', which the first paint shares): 'link'. */
const linkFirstPart = (id: string, ctx: ModuleGraph) =>
  reaches(LINK_FIRST, id, ctx) && !/\/node_modules\/zod\//.test(id) ? 'link' : null;

// The page names the link's reading as a script of its own, async: it runs once its part (and zod,
// React's runtime helpers) has arrived, while the rest of the first paint still streams in.
function readLinkFirst(): Plugin {
  return headTagsFromBundle('read-link-first', (bundle, base) =>
    Object.values(bundle)
      .filter((out) => out.type === 'chunk' && out.isEntry && out.facadeModuleId === LINK_FIRST)
      .map((chunk) => ({ tag: 'script', attrs: { type: 'module', async: true, crossorigin: true, src: `${base}${chunk.fileName}` }, injectTo: 'head' })),
  );
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadFirstPaintFonts(), layOutFirstPaintText(), readLinkFirst(), compileStartScriptsEagerly()],
  // Yjs prints its rare warnings through lib0/logging, whose browser build pulls lib0's DOM and
  // schema modules into the first paint (about 2.5 KB gzip); lib0's console-only build (the one
  // Node and Deno get) has the same exports and prints the same text.
  resolve: { alias: [{ find: /^lib0\/logging$/, replacement: fileURLToPath(new URL('./node_modules/lib0/logging.node.js', import.meta.url)) }] },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true, headers: { ...SECURITY_HEADERS } },
  build: {
    target: 'es2022',
    // No polyfill for module preloads (every browser the app supports has them): the entry chunk is
    // then only imports, so the page names each first-paint part as a module script of its own, in
    // import order, instead of a 0.7 KB entry script (a request and a module of its own) preloading them.
    // Each part is evaluated as soon as it and the parts before it are in, not all once the last is.
    modulePreload: { polyfill: false },
    sourcemap: true,
    // Everything the first paint imports statically, in five parts (React, React Flow with d3, zod,
    // the share link's early reader, our code) instead of a dozen small ones shared with the parts
    // loaded later (app/later.tsx). Several, not one: the browser streams and
    // compiles each on its own thread, side by side (one 800 KB part took ~85 ms of one thread; with
    // React Flow and d3 apart from our code, no part is over 240 KB and a link opens ~50 ms sooner).
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('./index.html', import.meta.url)), linkFirst: LINK_FIRST },
      output: {
        codeSplitting: {
          groups: [
            { name: firstPaintPart('react', /\/node_modules\/(react|react-dom|scheduler)\//), priority: 3, debugName: 'react' },
            { name: firstPaintPart(FIRST_PAINT_LIBS, /\/node_modules\/(zod|yjs|lib0)\//), priority: 2, debugName: FIRST_PAINT_LIBS },
            { name: linkFirstPart, priority: 2, debugName: 'link' },
            { name: firstPaintPart('xyflow', /\/node_modules\/(@xyflow|d3-[a-z]+|classcat|zustand|use-sync-external-store)\//), priority: 2, debugName: 'xyflow' },
            { name: firstPaintPart('core'), priority: 1, debugName: 'core' },
            // Not in the first paint (store/planStore.ts imports no Yjs): one part of its own, named for the e2e tests.
            { name: DOCUMENT_LIBS, test: /\/node_modules\/(yjs|lib0)\//, priority: 0 },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'server/**/*.test.ts', 'bench/**/*.test.ts'],
    environment: 'node',
    // Property and fuzz tests are CPU-bound: a busy 2-core machine must not turn them into timed tests.
    testTimeout: 60_000,
  },
});
