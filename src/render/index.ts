// The renderer's public face. fontNode.ts (Node) and fontBrowser.ts (Vite) are imported directly
// by their callers, so neither environment pulls in the other's font loader.
export { renderSvg, PLAN_METADATA_ID, type RenderOptions } from './svg.ts';
export { rasterSize, DEFAULT_CANVAS_LIMITS, type CanvasLimits, type RasterSize } from './rasterSize.ts';
export { escapeXml, unescapeXml, stripInvalidXml } from './escape.ts';
export { fontFaceCss, EMBEDDED_FONT_FILES } from './fontFace.ts';
