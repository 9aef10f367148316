// A dark export: the same drawing with the light surfaces, tints and inks swapped for the dark
// theme's (theme/tokens.ts). Exports stay light unless the user asks for dark, so this is a pass
// over the finished SVG instead of a second palette threaded through every shape function.
import { DARK_INFRA_COLOR, DARK_ROLE, DARK_SURFACE, INFRA_COLOR, ROLE_STYLE, SURFACE } from '../theme/tokens.ts';

/** Hairlines and label borders drawn with fixed light greys (links, title block, infrastructure). */
const FIXED_LIGHT: Record<string, string> = { '#d5dbe1': '#3a4450', '#cfd6dd': '#3a4450' };

function colorMap(): Map<string, string> {
  const map = new Map<string, string>(Object.entries(FIXED_LIGHT));
  for (const key of Object.keys(SURFACE) as (keyof typeof SURFACE)[]) map.set(SURFACE[key], DARK_SURFACE[key]);
  for (const role of Object.keys(ROLE_STYLE) as (keyof typeof ROLE_STYLE)[]) {
    map.set(ROLE_STYLE[role].tint, DARK_ROLE[role].tint);
    map.set(ROLE_STYLE[role].ink, DARK_ROLE[role].ink);
  }
  for (const kind of Object.keys(INFRA_COLOR) as (keyof typeof INFRA_COLOR)[]) map.set(INFRA_COLOR[kind], DARK_INFRA_COLOR[kind]);
  return map;
}

let cached: Map<string, string> | undefined;

/**
 * Recolors fills, strokes and icon colors of a rendered SVG. White is a surface only as a fill or
 * stroke (cards, label pills, the title block); as an icon `color` it stays white on its role square.
 */
export function darkenSvg(svg: string): string {
  const map = (cached ??= colorMap());
  return svg.replace(/\b(fill|stroke|color)(="|:)(#[0-9a-fA-F]{6})\b/g, (whole, attr: string, sep: string, hex: string) => {
    const lower = hex.toLowerCase();
    if (lower === '#ffffff') return attr === 'color' || sep === ':' ? whole : `${attr}${sep}${DARK_SURFACE.server}`;
    const dark = map.get(lower);
    return dark ? `${attr}${sep}${dark}` : whole;
  });
}
