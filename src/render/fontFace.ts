// The @font-face rules an exported SVG embeds, so it looks the same on a machine without Inter.
// Node (fontNode.ts) and the browser (fontBrowser.ts) differ only in how they get the data URLs.

export const EMBEDDED_FONT_FILES = {
  regular: 'inter-latin-400-normal.woff2',
  semibold: 'inter-latin-600-normal.woff2',
} as const;

export function fontFaceCss(regularDataUrl: string, semiboldDataUrl: string): string {
  const face = (weight: number, url: string) =>
    `@font-face{font-family:Inter;font-style:normal;font-weight:${weight};font-display:block;src:url(${url}) format("woff2")}`;
  return face(400, regularDataUrl) + face(600, semiboldDataUrl);
}
