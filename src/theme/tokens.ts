// Colors of the diagram language, read by the canvas (as CSS variables) and the SVG renderer, so
// the screen and every export draw each role the same way.
import type { InfraKind, LinkKind, Role } from '../model/schema.ts';

export interface RoleStyle {
  /** Strong fill of the chip's icon square and the palette swatch. */
  color: string;
  /** Light background of the chip. */
  tint: string;
  /** Text on the tint. */
  ink: string;
}

export const ROLE_STYLE: Record<Role, RoleStyle> = {
  Mailbox: { color: '#1f6fd1', tint: '#e3eefb', ink: '#0f3e78' },
  ClientAccess: { color: '#0f8a7a', tint: '#ddf3ef', ink: '#0a5046' },
  HubTransport: { color: '#c05a12', tint: '#fbeadc', ink: '#6e3208' },
  UnifiedMessaging: { color: '#7a3fc4', tint: '#efe6fa', ink: '#44206f' },
  EdgeTransport: { color: '#b3261e', tint: '#fbe3e1', ink: '#6b1510' },
};

export const INFRA_COLOR: Record<InfraKind, string> = {
  'domain-controller': '#4a5868',
  internet: '#3c7ab8',
  firewall: '#a0522d',
  clients: '#5a6b7b',
  'ip-gateway': '#6a5a9a',
  pbx: '#6a5a9a',
};

export const SEVERITY_COLOR = { error: '#c62828', warning: '#b26a00', info: '#1f6fd1' } as const;

export const SURFACE = {
  canvas: '#f5f6f8',
  site: '#fbfcfd',
  siteBorder: '#b8c2cc',
  siteTab: '#e6eaef',
  perimeter: '#fff7ec',
  perimeterBorder: '#e0a35a',
  perimeterTab: '#fde7c8',
  server: '#ffffff',
  serverBorder: '#9aa6b2',
  legacy: '#eceff2',
  legacyBorder: '#8a949e',
  cluster: '#f4f8fd',
  clusterBorder: '#5b7fa8',
  /** A standby cluster (SCR target, no clustered mailbox server yet): greyer, with a dotted frame. */
  clusterStandby: '#eef1f5',
  clusterStandbyBorder: '#6b7f95',
  ink: '#1d2430',
  muted: '#5d6b7a',
  line: '#5d6b7a',
} as const;

export interface LinkStyle {
  color: string;
  /** SVG stroke-dasharray, or '' for solid. */
  dash: string;
  width: number;
  /** Whether the link's direction means something (drawn with an arrow). */
  arrow: boolean;
}

export const LINK_STYLE: Record<LinkKind, LinkStyle> = {
  'edge-subscription': { color: '#b3261e', dash: '8 4', width: 2, arrow: true },
  'routing-group-connector': { color: '#c05a12', dash: '', width: 2.5, arrow: false },
  scr: { color: '#1f6fd1', dash: '2 4', width: 2, arrow: true },
  connection: { color: '#7d8893', dash: '', width: 1.5, arrow: false },
};

export const FONT_FAMILY = "Inter, 'Segoe UI', system-ui, sans-serif";

/**
 * The dark theme's colors for what SURFACE and ROLE_STYLE draw light: the canvas reads them as CSS
 * variables and a dark export recolors with them (render/darkTheme.ts). Strong role, link and
 * severity colors stay as they are: they read on both backgrounds.
 */
export const DARK_SURFACE: Record<keyof typeof SURFACE, string> = {
  canvas: '#12161c',
  site: '#1a2029',
  siteBorder: '#485462',
  siteTab: '#252d38',
  perimeter: '#261f16',
  perimeterBorder: '#a8743a',
  perimeterTab: '#3b2d1c',
  server: '#202733',
  serverBorder: '#5f6c7b',
  legacy: '#262c35',
  legacyBorder: '#6b7683',
  cluster: '#1a2332',
  clusterBorder: '#7a9cc4',
  clusterStandby: '#1d222a',
  clusterStandbyBorder: '#8494a6',
  ink: '#e4e9ef',
  muted: '#9aa6b3',
  line: '#9aa6b3',
};

export const DARK_ROLE: Record<Role, Pick<RoleStyle, 'tint' | 'ink'>> = {
  Mailbox: { tint: '#172a42', ink: '#a9cbf5' },
  ClientAccess: { tint: '#123330', ink: '#93d9cd' },
  HubTransport: { tint: '#3a2412', ink: '#f3bf94' },
  UnifiedMessaging: { tint: '#2b1c40', ink: '#cdb0f0' },
  EdgeTransport: { tint: '#3d1815', ink: '#f2aca6' },
};

export const DARK_INFRA_COLOR: Record<InfraKind, string> = {
  'domain-controller': '#a7b4c2',
  internet: '#7fb2e5',
  firewall: '#d98c5f',
  clients: '#a7b4c2',
  'ip-gateway': '#b3a6de',
  pbx: '#b3a6de',
};
