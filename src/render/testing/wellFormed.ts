// A strict XML 1.0 well-formedness check for tests (no parser dependency): one root element, tags
// balanced and properly nested, attributes quoted and unique, every `&` a known entity, no `<` in
// text or attribute values, no `]]>` in text, and only characters XML allows. Returns the problems.

const VALID_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITY = /^&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);/;

function checkText(text: string, where: number, problems: string[]): void {
  if (text.includes(']]>')) problems.push(`"]]>" in text at ${where}`);
  for (let i = text.indexOf('&'); i >= 0; i = text.indexOf('&', i + 1)) {
    if (!ENTITY.test(text.slice(i, i + 12))) problems.push(`bare "&" at ${where + i}`);
  }
}

export function wellFormedProblems(xml: string): string[] {
  const problems: string[] = [];
  if (!VALID_CHARS.test(xml)) problems.push('a character XML 1.0 does not allow');
  const stack: string[] = [];
  let roots = 0;
  let i = 0;
  if (xml.startsWith('<?xml')) {
    const end = xml.indexOf('?>');
    if (end < 0) return ['unterminated XML declaration'];
    i = end + 2;
  }
  while (i < xml.length && problems.length < 20) {
    const lt = xml.indexOf('<', i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element at ${i}`);
    checkText(text, i, problems);
    if (lt < 0) break;
    const rest = xml.slice(lt, lt + 9);
    const skip = (open: string, close: string) => {
      const end = xml.indexOf(close, lt + open.length);
      if (end < 0) problems.push(`unterminated ${open} at ${lt}`);
      return end < 0 ? xml.length : end + close.length;
    };
    if (rest.startsWith('<!--')) i = skip('<!--', '-->');
    else if (rest.startsWith('<![CDATA[')) i = skip('<![CDATA[', ']]>');
    else if (rest.startsWith('<?')) i = skip('<?', '?>');
    else if (rest.startsWith('</')) {
      const name = NAME.exec(xml.slice(lt + 2))?.[0] ?? '';
      const end = xml.indexOf('>', lt);
      if (end < 0 || xml.slice(lt + 2 + name.length, end).trim() !== '')
        problems.push(`malformed end tag at ${lt}`);
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> at ${lt} closes <${open ?? 'nothing'}>`);
      i = end < 0 ? xml.length : end + 1;
    } else {
      const name = NAME.exec(xml.slice(lt + 1))?.[0];
      if (!name) {
        problems.push(`"<" not starting a tag at ${lt}`);
        i = lt + 1;
        continue;
      }
      let j = lt + 1 + name.length;
      const seen = new Set<string>();
      for (;;) {
        const ws = /^\s*/.exec(xml.slice(j))![0].length;
        j += ws;
        if (xml.startsWith('/>', j) || xml[j] === '>') break;
        const attr = NAME.exec(xml.slice(j))?.[0];
        if (!attr || ws === 0) {
          problems.push(`malformed attribute in <${name}> at ${j}`);
          break;
        }
        if (seen.has(attr)) problems.push(`duplicate attribute ${attr} in <${name}>`);
        seen.add(attr);
        j += attr.length;
        const quote = /^\s*=\s*(["'])/.exec(xml.slice(j));
        if (!quote) {
          problems.push(`unquoted attribute ${attr} in <${name}>`);
          break;
        }
        j += quote[0].length;
        const close = xml.indexOf(quote[1]!, j);
        const value = close < 0 ? '' : xml.slice(j, close);
        if (close < 0 || value.includes('<')) problems.push(`bad value of ${attr} in <${name}>`);
        checkText(value, j, problems);
        j = close < 0 ? xml.length : close + 1;
      }
      const selfClosing = xml.startsWith('/>', j);
      if (stack.length === 0) roots++;
      if (!selfClosing) stack.push(name);
      i = j + (selfClosing ? 2 : 1);
    }
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}
