// Text from a plan mixed into a sentence: a name in Hebrew or Arabic, or one holding a stray
// U+202E RIGHT-TO-LEFT OVERRIDE, would reorder the words around it. Wrapped in U+2068 FIRST STRONG
// ISOLATE .. U+2069 POP DIRECTIONAL ISOLATE it is laid out on its own; plain names stay as they are.

/** Printable ASCII only: such text cannot change the direction of the text around it. */
function plainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** The text, isolated for a sentence when it holds anything but printable ASCII. */
export function isolate(text: string): string {
  return plainAscii(text) ? text : `\u2068${text}\u2069`;
}
