// A linear scan over XML from a stranger (a .vsdx part, a .drawio file): tags one after another
// with their attributes, by indexOf and a character loop, never a backtracking regex. It finds
// what the readers look for; it is not a validating parser, and never needs to be.
import { unescapeXml } from '../render/escape.ts';

export interface XmlTag {
  /** The name without any namespace prefix. */
  name: string;
  /** Attribute values, unescaped, by name without prefix. */
  attrs: Map<string, string>;
  closing: boolean;
  selfClosing: boolean;
  /** Where the tag starts ('<') and where the text after it starts. */
  start: number;
  end: number;
}

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const localName = (name: string) => name.slice(name.indexOf(':') + 1);

function nameEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x2f /* / */ || c === 0x3e /* > */ || c === 0x3d /* = */) break;
    i++;
  }
  return i;
}

/** The tag starting at `lt` (a '<' that opens an element), or undefined if it does not hold together. */
function readTag(text: string, lt: number): XmlTag | undefined {
  const closing = text.charCodeAt(lt + 1) === 0x2f;
  const nameStart = lt + (closing ? 2 : 1);
  let i = nameEnd(text, nameStart);
  if (i === nameStart) return undefined;
  const name = localName(text.slice(nameStart, i));
  const attrs = new Map<string, string>();
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return undefined;
    if (text.charCodeAt(i) === 0x3e) return { name, attrs, closing, selfClosing: false, start: lt, end: i + 1 };
    if (text.startsWith('/>', i)) return { name, attrs, closing, selfClosing: true, start: lt, end: i + 2 };
    const attrStart = i;
    i = nameEnd(text, i);
    if (i === attrStart) return undefined;
    const attr = localName(text.slice(attrStart, i));
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (text.charCodeAt(i) !== 0x3d) return undefined;
    i++;
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    const quote = text[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const close = text.indexOf(quote, i + 1);
    if (close < 0) return undefined;
    attrs.set(attr, unescapeXml(text.slice(i + 1, close)));
    i = close + 1;
  }
}

/** Skips the markup at `lt` that is not an element (comment, CDATA, declaration, instruction); -1 if unterminated. */
function skipOther(text: string, lt: number): number | undefined {
  const pairs: Array<[string, string]> = [
    ['<!--', '-->'],
    ['<![CDATA[', ']]>'],
    ['<?', '?>'],
    ['<!', '>'],
  ];
  for (const [open, close] of pairs) {
    if (!text.startsWith(open, lt)) continue;
    const end = text.indexOf(close, lt + open.length);
    return end < 0 ? -1 : end + close.length;
  }
  return undefined;
}

/** Every element tag from `from`, in document order; stops at the first tag that does not hold together. */
export function* xmlTags(text: string, from = 0): Generator<XmlTag> {
  let at = from;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) return;
    const skipped = skipOther(text, lt);
    if (skipped !== undefined) {
      if (skipped < 0) return;
      at = skipped;
      continue;
    }
    const tag = readTag(text, lt);
    if (!tag) return;
    yield tag;
    at = tag.end;
  }
}

/** The name of the document's root element ('' if there is none), after any declaration and comments. */
export function rootElementName(text: string): string {
  for (const tag of xmlTags(text)) return tag.name;
  return '';
}
