// Node side of font embedding (CLI, tests, bench): reads Inter from @fontsource/inter and returns
// the @font-face CSS with base64 data URLs. Read once per process; the files are about 24 KB each.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { EMBEDDED_FONT_FILES, fontFaceCss } from './fontFace.ts';

let cached: string | undefined;

function dataUrl(file: string): string {
  const require = createRequire(import.meta.url);
  const path = require.resolve(`@fontsource/inter/files/${file}`);
  return `data:font/woff2;base64,${readFileSync(path).toString('base64')}`;
}

/** @font-face CSS for Inter 400 and 600; throws if @fontsource/inter is not installed. */
export function nodeFontCss(): string {
  cached ??= fontFaceCss(dataUrl(EMBEDDED_FONT_FILES.regular), dataUrl(EMBEDDED_FONT_FILES.semibold));
  return cached;
}
