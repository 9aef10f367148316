// A drawing on a sheet of paper: the title block across the top at its natural size, the diagram
// scaled (never enlarged) to the space left and centred in it. Units are CSS pixels (96 per inch).
import type { Rect } from '../layout/spatial.ts';

export interface PageFrame {
  /** The sheet, in CSS pixels: A4 portrait is 793.7 x 1122.5. */
  width: number;
  height: number;
  /** White space around everything, in CSS pixels. */
  margin: number;
  /** How the sheet's size is written on the <svg> element, e.g. "210mm". */
  widthAttr?: string;
  heightAttr?: string;
}

/** Space between the title block and the diagram. */
const TITLE_GAP = 16;

export interface PagePlacement {
  /** Scale applied to the diagram (1 = as on the canvas at 100%). */
  scale: number;
  /** Where the diagram's bounds' top-left lands on the sheet. */
  x: number;
  y: number;
}

/** The area left for the diagram on a sheet below a title block `titleHeight` tall. */
export function diagramArea(page: PageFrame, titleHeight: number): Rect {
  const top = page.margin + (titleHeight > 0 ? titleHeight + TITLE_GAP : 0);
  return {
    x: page.margin,
    y: top,
    width: Math.max(1, page.width - 2 * page.margin),
    height: Math.max(1, page.height - top - page.margin),
  };
}

/** Scales `size` (the diagram with its own padding) into `area`, centred, at most 1:1. */
export function placeOnPage(area: Rect, size: { width: number; height: number }): PagePlacement {
  const scale = Math.min(1, area.width / Math.max(1, size.width), area.height / Math.max(1, size.height));
  return {
    scale,
    x: area.x + (area.width - size.width * scale) / 2,
    y: area.y + (area.height - size.height * scale) / 2,
  };
}
