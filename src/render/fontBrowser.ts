// Browser side of font embedding: Vite inlines the same two Inter files as data URLs at build
// time (`?inline`), so Export SVG/PNG embed the font without a network request.
import regular from '@fontsource/inter/files/inter-latin-400-normal.woff2?inline';
import semibold from '@fontsource/inter/files/inter-latin-600-normal.woff2?inline';
import { fontFaceCss } from './fontFace.ts';

/** @font-face CSS for Inter 400 and 600, ready for renderSvg's `fontCss`. */
export const browserFontCss: string = fontFaceCss(regular, semibold);
