import { describe, expect, it } from 'vitest';
import { plan } from '../model/builder.ts';
import { nodeFontCss } from './fontNode.ts';
import { renderSvg } from './svg.ts';
import { wellFormedProblems } from './testing/wellFormed.ts';

describe('nodeFontCss', () => {
  const css = nodeFontCss();

  it('embeds Inter regular and semibold as woff2 data URLs', () => {
    const faces = css.match(/@font-face\{[^}]*\}/g) ?? [];
    expect(faces).toHaveLength(2);
    expect(faces[0]).toContain('font-weight:400');
    expect(faces[1]).toContain('font-weight:600');
    for (const face of faces) {
      const data = /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/.exec(face)?.[1] ?? '';
      // A real woff2 file starts with the "wOF2" signature.
      expect(Buffer.from(data, 'base64').subarray(0, 4).toString('latin1')).toBe('wOF2');
      expect(data.length).toBeGreaterThan(20000);
    }
  });

  it('goes into the SVG without breaking it', () => {
    const svg = renderSvg(plan('With font').site('hq').server('EX01', ['Mailbox']).build(), { fontCss: css });
    expect(svg).toContain('@font-face{font-family:Inter');
    expect(wellFormedProblems(svg)).toEqual([]);
  });
});
