// How big a PNG export can be: the requested 1x/2x/4x scale, reduced when the bitmap would exceed
// the browser's canvas limits (a side of 16,384 px and 268 million pixels in Chromium and Firefox;
// Safari allows less area), with a message saying what was done and why.

export interface CanvasLimits {
  maxSide: number;
  maxArea: number;
}

export const DEFAULT_CANVAS_LIMITS: CanvasLimits = { maxSide: 16384, maxArea: 268435456 };

export interface RasterSize {
  width: number;
  height: number;
  /** The scale actually used (equal to the request unless clamped). */
  scale: number;
  clamped: boolean;
  message?: string;
}

const format = (n: number) => (Math.round(n * 100) / 100).toString();

export function rasterSize(
  svgWidth: number,
  svgHeight: number,
  scale: number,
  limits: CanvasLimits = DEFAULT_CANVAS_LIMITS,
): RasterSize {
  const w = Number.isFinite(svgWidth) && svgWidth > 0 ? svgWidth : 1;
  const h = Number.isFinite(svgHeight) && svgHeight > 0 ? svgHeight : 1;
  const requested = Number.isFinite(scale) && scale > 0 ? scale : 1;

  const bySide = limits.maxSide / Math.max(w, h);
  const byArea = Math.sqrt(limits.maxArea / (w * h));
  const allowed = Math.min(bySide, byArea);
  if (requested <= allowed) {
    return {
      width: Math.max(1, Math.round(w * requested)),
      height: Math.max(1, Math.round(h * requested)),
      scale: requested,
      clamped: false,
    };
  }
  // Floor so rounding can never push a side or the area back over the limit.
  const used = allowed;
  const width = Math.max(1, Math.floor(w * used));
  const height = Math.max(1, Math.floor(h * used));
  const limit =
    bySide <= byArea
      ? `${limits.maxSide.toLocaleString('en-US')} pixels a side`
      : `${Math.round(limits.maxArea / 1e6)} million pixels`;
  return {
    width,
    height,
    scale: used,
    clamped: true,
    message:
      `This diagram is too large to export at ${format(requested)}x: the browser allows at most ${limit}. ` +
      `Exported at ${format(used)}x instead (${width} x ${height} pixels); export SVG for full detail.`,
  };
}
