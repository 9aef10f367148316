// The document's shared definitions: the embedded font (if any), text styles, arrowheads, and one
// <symbol> per icon actually used, so 1,000 server cards reference their icons instead of copying them.
import { ICONS, ICON_VIEWBOX, iconPathsSvg, type IconName } from '../theme/icons.ts';
import { SURFACE } from '../theme/tokens.ts';
import { escapeXml } from './escape.ts';
import { arrowMarkers } from './links.ts';

// Text fills live in attributes or here, never both: a CSS fill would override a fill attribute.
const TEXT_STYLES = [
  // Inter's contextual alternates would draw "x64" as "×64".
  `text{font-feature-settings:"calt" 0}`,
  `.t-name,.t-site,.t-abbr,.t-infra,.t-count,.t-title,.t-tag,.t-badge{font-weight:600}`,
  `.t-name,.t-site{font-size:13px}`,
  `.t-sub,.t-chip,.t-abbr,.t-note,.t-legend{font-size:11px}`,
  `.t-badge{font-size:11.5px}`,
  `.t-sub,.t-note,.t-kind,.t-meta{fill:${SURFACE.muted}}`,
  `.t-kind{font-size:10.5px}`,
  `.t-link{font-size:11.5px;font-weight:600}`,
  `.t-tag{font-size:9px;letter-spacing:0.04em}`,
  `.t-note,.t-italic{font-style:italic}`,
  `.t-infra{font-size:12px}`,
  `.t-title{font-size:20px}`,
  `.t-meta,.t-count{font-size:12px}`,
].join('');

function symbols(used: ReadonlySet<string>): string {
  let out = '';
  for (const name of Object.keys(ICONS) as IconName[]) {
    if (used.has(name))
      out += `<symbol id="icon-${name}" viewBox="${ICON_VIEWBOX}">${iconPathsSvg(name)}</symbol>`;
  }
  return out;
}

/** Icon names referenced by `<use href="#icon-NAME">` anywhere in the body markup. */
export function usedIcons(markup: string): Set<string> {
  const used = new Set<string>();
  for (const match of markup.matchAll(/href="#icon-([\w-]+)"/g)) used.add(match[1]!);
  return used;
}

export function defsSvg(body: string, fontCss: string | undefined): string {
  // The font CSS is caller-supplied text: escaped like everything else (an XML parser unescapes it).
  const css = (fontCss ? escapeXml(fontCss) : '') + TEXT_STYLES;
  return `<defs><style>${css}</style>${arrowMarkers()}${symbols(usedIcons(body))}</defs>`;
}
