// Finding our plan in an SVG file with the forward XML scanner (xmlScan.ts) instead of a regular
// expression: the file comes from anyone, and a backtracking pattern over it took quadratic time
// (a megabyte of unclosed `<metadata` openings froze the tab for 83 s). Every character is
// visited a bounded number of times, so any input is read in linear time.
import { xmlTags } from './xmlScan.ts';

export type MetadataFound = { found: 'none' } | { found: 'cut off' } | { found: 'element'; content: string };

/**
 * The raw content of the first `<metadata id="…">` element with this id (any namespace prefix), a
 * CDATA section kept as written (the scanner steps over it whole, so a "</metadata>" inside it is
 * text); 'cut off' when that element never ends.
 */
export function metadataContent(text: string, id: string): MetadataFound {
  for (const tag of xmlTags(text)) {
    if (tag.closing || tag.name !== 'metadata' || tag.attrs.get('id') !== id) continue;
    if (tag.selfClosing) return { found: 'element', content: '' };
    for (const end of xmlTags(text, tag.end))
      if (end.closing && end.name === 'metadata') return { found: 'element', content: text.slice(tag.end, end.start) };
    return { found: 'cut off' };
  }
  return { found: 'none' };
}
