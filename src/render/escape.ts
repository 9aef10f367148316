// Every piece of plan text reaches the SVG through these functions, so a server named `<script>`
// or `]]>` stays text: markup characters are escaped and characters XML 1.0 forbids are dropped.

/** Characters outside XML 1.0's Char production: C0 controls (bar tab, LF, CR), lone surrogates, U+FFFE/U+FFFF. */
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A plain scan (far faster than a Unicode regex over a large plan) for any character XML forbids. */
function hasInvalidXml(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0xd800) continue;
    if (c < 0x20) {
      if (c !== 9 && c !== 10 && c !== 13) return true;
    } else if (c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return true;
      i++;
    } else if (c <= 0xdfff || c === 0xfffe || c === 0xffff) return true;
  }
  return false;
}

/** Removes characters that may not appear in an XML 1.0 document at all. */
export function stripInvalidXml(text: string): string {
  return hasInvalidXml(text) ? text.replace(INVALID_XML, '') : text;
}

/** Text content or attribute value: safe in either place. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text).replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/**
 * JSON for an XML text node without losing a character: the few code points XML forbids can only
 * sit inside JSON strings, where a \uXXXX escape means the same thing, so the plan round-trips exactly.
 */
export function escapeJsonForXml(json: string): string {
  return jsonForXml(json).replace(/[&<>"']/g, (c) => ENTITY[c]!);
}

/** The same JSON with every character XML forbids written as a \uXXXX escape (same meaning, XML-safe). */
export function jsonForXml(json: string): string {
  // Plans almost never hold such characters: test before paying for a Unicode-aware replace.
  return !hasInvalidXml(json)
    ? json
    : json.replace(INVALID_XML, (c) => {
        let out = '';
        for (let i = 0; i < c.length; i++) out += `\\u${c.charCodeAt(i).toString(16).padStart(4, '0')}`;
        return out;
      });
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The reverse of escapeXml for text read back from a file: the five named entities and numeric ones. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}
