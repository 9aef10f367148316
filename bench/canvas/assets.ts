// The initial JS and CSS of a build: every script, module preload and stylesheet its index.html
// names, raw and gzip (node:zlib at its default level), for the bench's bundle-size target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialAssets(dir: string) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) refs.add(m[1]!);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    if (href && /\brel="(stylesheet|modulepreload)"/.test(tag)) refs.add(href);
  }
  const total = {
    js: { raw: 0, gzip: 0, files: [] as string[] },
    css: { raw: 0, gzip: 0, files: [] as string[] },
  };
  for (const ref of refs) {
    if (/^https?:/.test(ref)) continue;
    const bytes = readFileSync(join(dir, ref.replace(/^\//, '')));
    const kind = ref.endsWith('.css') ? total.css : total.js;
    kind.raw += bytes.length;
    kind.gzip += gzipSync(bytes).length;
    kind.files.push(ref);
  }
  const kb = (n: number) => Math.round((n / 1024) * 10) / 10;
  return {
    js: { rawKB: kb(total.js.raw), gzipKB: kb(total.js.gzip), files: total.js.files },
    css: { rawKB: kb(total.css.raw), gzipKB: kb(total.css.gzip), files: total.css.files },
  };
}
