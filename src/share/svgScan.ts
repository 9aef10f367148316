// Finding our plan in an SVG file with a forward scanner instead of a regular expression: the file
// comes from anyone, and a backtracking pattern over it can take quadratic time (a megabyte of
// unclosed `<metadata` openings froze the tab for 83 s). Every character is visited a bounded
// number of times, so any input is read in linear time.

const SPACE = new Set([' ', '\t', '\n', '\r']);

interface Tag {
  /** Qualified name as written (`metadata`, `svg:metadata`); empty for comments and declarations. */
  name: string;
  /** Text between the name and `>` (attributes, a trailing `/`). */
  attributes: string;
  /** Index just after the tag's `>`. */
  end: number;
}

/** The markup construct starting at `lt` (a `<`), or undefined when the text ends inside it. */
function readTag(text: string, lt: number): Tag | undefined {
  const skipTo = (terminator: string) => {
    const close = text.indexOf(terminator, lt);
    return close < 0 ? undefined : { name: '', attributes: '', end: close + terminator.length };
  };
  if (text.startsWith('<!--', lt)) return skipTo('-->');
  if (text.startsWith('<![CDATA[', lt)) return skipTo(']]>');
  if (text.startsWith('<?', lt)) return skipTo('?>');
  const gt = text.indexOf('>', lt + 1);
  if (gt < 0) return undefined;
  let nameEnd = lt + 1;
  while (nameEnd < gt && !SPACE.has(text[nameEnd]!) && text[nameEnd] !== '/') nameEnd++;
  return { name: text.slice(lt + 1, nameEnd), attributes: text.slice(nameEnd, gt), end: gt + 1 };
}

/** `metadata` for `metadata`, `svg:metadata` and `ns-1:metadata`; undefined for `!DOCTYPE`, `/g` and the like. */
function localName(name: string): string | undefined {
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  const local = colon < 0 ? name : name.slice(colon + 1);
  const word = /^[A-Za-z_][\w.-]*$/;
  if (!word.test(local) || (prefix !== '' && !word.test(prefix))) return undefined;
  return local;
}

/** The value of attribute `wanted` in a tag's attribute text (no entity decoding: ids are plain). */
export function attributeValue(attributes: string, wanted: string): string | undefined {
  let i = 0;
  const n = attributes.length;
  while (i < n) {
    while (i < n && (SPACE.has(attributes[i]!) || attributes[i] === '/')) i++;
    const nameStart = i;
    while (i < n && !SPACE.has(attributes[i]!) && attributes[i] !== '=') i++;
    const name = attributes.slice(nameStart, i);
    while (i < n && SPACE.has(attributes[i]!)) i++;
    if (attributes[i] !== '=') {
      if (i === nameStart) i++; // a stray character: step over it
      continue;
    }
    i++;
    while (i < n && SPACE.has(attributes[i]!)) i++;
    const quote = attributes[i];
    if (quote !== '"' && quote !== "'") continue;
    const close = attributes.indexOf(quote, i + 1);
    if (close < 0) return undefined;
    if (name === wanted) return attributes.slice(i + 1, close);
    i = close + 1;
  }
  return undefined;
}

/** The name of the document's first element, skipping the XML declaration, comments and DOCTYPE. */
export function rootElementName(text: string): string | undefined {
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at)) {
    const tag = readTag(text, at);
    if (!tag) return undefined;
    at = tag.end;
    if (tag.name === '' || tag.name.startsWith('!')) continue;
    return localName(tag.name);
  }
  return undefined;
}

export type MetadataFound = { found: 'none' } | { found: 'cut off' } | { found: 'element'; content: string };

/**
 * The raw content of the first `<metadata id="…">` element with this id (any namespace prefix), a
 * CDATA section kept as written; 'cut off' when that element never ends.
 */
export function metadataContent(text: string, id: string): MetadataFound {
  const cut = { found: 'cut off' } as const;
  for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at)) {
    const tag = readTag(text, at);
    if (!tag) break; // nothing after this point closes, so no element can start here or later
    at = tag.end;
    if (localName(tag.name) !== 'metadata' || attributeValue(tag.attributes, 'id') !== id) continue;
    if (tag.attributes.trimEnd().endsWith('/')) return { found: 'element', content: '' };
    // A CDATA section may hold "</metadata>" as text: look for the end tag after it.
    let from = tag.end;
    while (from < text.length && SPACE.has(text[from]!)) from++;
    if (text.startsWith('<![CDATA[', from)) {
      const cdataEnd = text.indexOf(']]>', from);
      if (cdataEnd < 0) return cut;
      from = cdataEnd + 3;
    }
    const closing = `</${tag.name}`;
    for (let close = text.indexOf(closing, from); close >= 0; close = text.indexOf(closing, close + 1)) {
      let after = close + closing.length;
      while (after < text.length && SPACE.has(text[after]!)) after++;
      if (text[after] === '>') return { found: 'element', content: text.slice(tag.end, close) };
    }
    return cut;
  }
  return { found: 'none' };
}
