// Text for a terminal: control characters from a plan (a name holding ESC [ 2 J, or an OSC 52
// sequence that writes the clipboard) would be obeyed by the terminal, so they are shown as
// visible escapes instead. Only for a terminal: files and pipes get the exact text.

/** C0 controls except tab and newline, DEL, and the C1 controls a terminal may also obey. */
const isControl = (c: number) => (c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f);

export function terminalSafe(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isControl(c)) continue;
    out += `${text.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
