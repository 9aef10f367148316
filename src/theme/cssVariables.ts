// The diagram's colors as CSS for the canvas, light and dark, written from the same tokens the SVG
// renderer and the dark export read: --surface-site, --surface-server, ... and, in the dark theme,
// each role chip's tint and ink. Injected once at start-up (app/theme.ts).
import { DARK_ROLE, DARK_SURFACE, ROLE_STYLE, SURFACE } from './tokens.ts';

const declarations = (surface: Record<string, string>) =>
  Object.entries(surface)
    .map(([key, value]) => `--surface-${key}:${value};`)
    .join('');

export function themeCss(): string {
  const chips = (Object.keys(ROLE_STYLE) as (keyof typeof ROLE_STYLE)[])
    .map((role) => `:root[data-theme='dark'] .role-chip[data-role='${role}']{background:${DARK_ROLE[role].tint}!important;color:${DARK_ROLE[role].ink}!important}`)
    .join('');
  return `:root{${declarations(SURFACE)}}:root[data-theme='dark']{${declarations(DARK_SURFACE)}}${chips}`;
}
