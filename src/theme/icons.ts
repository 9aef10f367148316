// One small monochrome icon per role, infrastructure kind, item kind and severity, as plain path
// data on a 16x16 grid, so the React canvas and the SVG export draw exactly the same glyphs.
// Strokes are 1.5 units with round ends (legible from 12 to 24 px); `fill` paths are solid.
import type { InfraKind, Role } from '../model/schema.ts';

export interface IconPath {
  d: string;
  /** Solid shape instead of a stroked outline. */
  fill?: boolean;
}

export interface Icon {
  viewBox: string;
  paths: IconPath[];
}

export type ItemIconName = 'server' | 'cluster' | 'legacy' | 'site' | 'perimeter';
export type SeverityIconName = 'error' | 'warning' | 'info';
export type IconName = Role | InfraKind | ItemIconName | SeverityIconName;

export const ICON_VIEWBOX = '0 0 16 16';
export const ICON_STROKE_WIDTH = 1.5;

const icon = (...paths: Array<string | IconPath>): Icon => ({
  viewBox: ICON_VIEWBOX,
  paths: paths.map((p) => (typeof p === 'string' ? { d: p } : p)),
});

export const ICONS: Record<IconName, Icon> = {
  // Roles: an inbox tray, a key (client access), two-way arrows (transport), voicemail, a shield.
  Mailbox: icon('M1.75 9 3.75 3h8.5l2 6v4.25H1.75Z', 'M1.75 9h3.5l1 1.75h3.5l1-1.75h3.5'),
  ClientAccess: icon(
    'M7.25 8a2.75 2.75 0 1 1-5.5 0 2.75 2.75 0 0 1 5.5 0Z',
    'M7.25 8h7M12.25 8v2.5M10 8v1.75',
  ),
  HubTransport: icon('M2 5h11M10.25 2.25 13 5l-2.75 2.75', 'M14 11H3M5.75 8.25 3 11l2.75 2.75'),
  UnifiedMessaging: icon(
    'M7 9a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0ZM14 9a2.5 2.5 0 1 1-5 0 2.5 2.5 0 0 1 5 0Z',
    'M4.5 11.5h7',
  ),
  EdgeTransport: icon(
    'M8 1.5 13.5 3.5V8c0 3.25-2.5 5.5-5.5 6.5C5 13.5 2.5 11.25 2.5 8V3.5Z',
    'M5.5 8h5M8.75 6.25 10.5 8l-1.75 1.75',
  ),

  // Infrastructure: a directory tree, a cloud, a brick wall, a monitor, a router, a desk phone.
  'domain-controller': icon(
    'M6 1.75h4v3.5H6ZM1.75 10.75h4v3.5h-4ZM10.25 10.75h4v3.5h-4Z',
    'M8 5.25V8M3.75 8h8.5M3.75 8v2.75M12.25 8v2.75',
  ),
  internet: icon('M4.25 13h8a3.25 3.25 0 0 0 .6-6.45 4.5 4.5 0 0 0-8.7-.3A3.4 3.4 0 0 0 4.25 13Z'),
  firewall: icon(
    'M1.75 2.75h12.5v10.5H1.75Z',
    'M1.75 6.25h12.5M1.75 9.75h12.5M6 2.75v3.5M10.5 2.75v3.5M4 6.25v3.5M8.25 6.25v3.5M12.25 6.25v3.5M6 9.75v3.5M10.5 9.75v3.5',
  ),
  clients: icon('M1.75 2.5h12.5v8.5H1.75Z', 'M8 11v2.75M5.25 13.75h5.5'),
  'ip-gateway': icon(
    'M1.75 9.25h12.5v4.5H1.75Z',
    'M4.5 11.5h.01M7 11.5h.01',
    'M5 7V1.75M3.25 3.5 5 1.75 6.75 3.5',
    'M11 1.75V7M9.25 5.25 11 7l1.75-1.75',
  ),
  pbx: icon('M2 6.5C2 3 14 3 14 6.5V7.5h-3.25V6h-5.5v1.5H2Z', 'M4.5 8.75h7l1.5 5H3Z', {
    d: 'M6.25 10.75a.75.75 0 1 1 0 .01ZM8.75 10.75a.75.75 0 1 1 0 .01ZM6.25 12.5a.75.75 0 1 1 0 .01ZM8.75 12.5a.75.75 0 1 1 0 .01Z',
    fill: true,
  }),

  // Items: a two-unit server, two linked nodes, a server with a clock, a site, a perimeter.
  server: icon('M2.5 2h11v5h-11ZM2.5 9h11v5h-11Z', 'M5 4.5h.01M5 11.5h.01M8.5 4.5h2.5M8.5 11.5h2.5'),
  cluster: icon('M1.5 2.5h5v11h-5ZM9.5 2.5h5v11h-5Z', 'M6.5 8h3M3.25 5h1.5M11.25 5h1.5'),
  legacy: icon(
    'M2.5 2h7v12h-7Z',
    'M4.75 4.5h2.5M4.75 7h2.5',
    'M15.25 11a3.25 3.25 0 1 1-6.5 0 3.25 3.25 0 0 1 6.5 0Z',
    'M12 9.5V11l1 .75',
  ),
  site: icon('M1.75 4.25h12.5v9.5H1.75Z', 'M1.75 4.25 3.5 2h4l1.75 2.25'),
  perimeter: icon('M8 1.5 13.5 3.5V8c0 3.25-2.5 5.5-5.5 6.5C5 13.5 2.5 11.25 2.5 8V3.5Z'),

  // Severities: a circle with a cross, a triangle with a bang, a circle with an "i".
  error: icon('M14.5 8a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0Z', 'M5.75 5.75l4.5 4.5M10.25 5.75l-4.5 4.5'),
  warning: icon('M8 1.75 14.75 13.75H1.25Z', 'M8 6v3.5M8 11.75h.01'),
  info: icon('M14.5 8a6.5 6.5 0 1 1-13 0 6.5 6.5 0 0 1 13 0Z', 'M8 7.25v4M8 4.75h.01'),
};

/** The paths of one icon as SVG elements, drawn in `currentColor` (for a <symbol> or a <g>). */
export function iconPathsSvg(name: IconName): string {
  return ICONS[name].paths
    .map((p) =>
      p.fill
        ? `<path d="${p.d}" fill="currentColor" stroke="none"/>`
        : `<path d="${p.d}" fill="none" stroke="currentColor" stroke-width="${ICON_STROKE_WIDTH}" stroke-linecap="round" stroke-linejoin="round"/>`,
    )
    .join('');
}

/** A standalone <svg> string of one icon, e.g. for a CSS background or a quick preview. */
export function iconSvg(name: IconName, size = 16, color = 'currentColor'): string {
  const safeColor = color.replace(/[^#\w(),.% -]/g, '');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="${ICON_VIEWBOX}" ` +
    `style="color:${safeColor}">${iconPathsSvg(name)}</svg>`
  );
}
