// Tokenizers for the property test of generated commands: how cmd.exe (then the Windows C runtime's
// argument rules, which Setup.com follows) and Windows PowerShell split one command line. Written
// for the test, not the product: they report every operator, expansion and quoted string, so two
// lines that differ only in a value must give the same tokens but for that value.

export interface ShellToken {
  /** arg: an argument after unquoting; param: a PowerShell -Name; op: an operator; var: a variable; comment: the rest of a PowerShell line. */
  type: 'arg' | 'param' | 'op' | 'var' | 'comment' | 'expanding';
  text: string;
}

/** cmd.exe: operators outside quotes, %...% and !...! expansions anywhere, then argv rules per command. */
export function cmdTokens(line: string): ShellToken[] {
  const tokens: ShellToken[] = [];
  let segment = '';
  let quoted = false;
  const flush = () => {
    for (const arg of argv(segment)) tokens.push({ type: 'arg', text: arg });
    segment = '';
  };
  for (const c of line) {
    if (c === '%' || c === '!') tokens.push({ type: 'expanding', text: c });
    if (c === '"') quoted = !quoted;
    if (!quoted && (c === '&' || c === '|' || c === '<' || c === '>' || c === '^')) {
      flush();
      tokens.push({ type: 'op', text: c });
      continue;
    }
    if (c === '\n' || c === '\r') throw new Error('a cmd.exe line cannot hold a line break');
    segment += c;
  }
  if (quoted) throw new Error('unbalanced double quote');
  flush();
  return tokens;
}

/** The Microsoft C runtime's CommandLineToArgv rules: backslashes count only before a quote. */
export function argv(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let inArg = false;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\') {
      let n = 0;
      while (text[i + n] === '\\') n++;
      if (text[i + n] === '"') {
        current += '\\'.repeat(Math.floor(n / 2));
        if (n % 2 === 1) current += '"';
        else quoted = !quoted;
        i += n;
      } else {
        current += '\\'.repeat(n);
        i += n - 1;
      }
      inArg = true;
    } else if (c === '"') {
      quoted = !quoted;
      inArg = true;
    } else if ((c === ' ' || c === '\t') && !quoted) {
      if (inArg) out.push(current);
      current = '';
      inArg = false;
    } else {
      current += c;
      inArg = true;
    }
  }
  if (inArg) out.push(current);
  return out;
}

/** Characters PowerShell reads as single quotes. */
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201a', '\u201b']);
const DOUBLE = new Set(['"', '\u201c', '\u201d', '\u201e']);
const OPERATORS = new Set(['|', ';', '&', '(', ')', '{', '}', ',', '<', '>', '@', '[', ']']);
const BLANK = /\s/;

/** Windows PowerShell in command mode: literal strings, expanding strings, variables and operators. */
export function powershellTokens(line: string): ShellToken[] {
  const tokens: ShellToken[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i]!;
    if (BLANK.test(c)) {
      i++;
    } else if (c === '#') {
      tokens.push({ type: 'comment', text: line.slice(i + 1) });
      break;
    } else if (SINGLE.has(c)) {
      let text = '';
      let j = i + 1;
      for (;;) {
        if (j >= line.length) throw new Error('unterminated single-quoted string');
        if (SINGLE.has(line[j]!)) {
          if (SINGLE.has(line[j + 1] ?? '')) {
            text += line[j];
            j += 2;
            continue;
          }
          j++;
          break;
        }
        text += line[j++];
      }
      tokens.push({ type: 'arg', text });
      i = j;
    } else if (DOUBLE.has(c)) {
      let text = '';
      let j = i + 1;
      while (j < line.length && !DOUBLE.has(line[j]!)) text += line[j++];
      if (j >= line.length) throw new Error('unterminated double-quoted string');
      tokens.push({ type: /[$`]/.test(text) ? 'expanding' : 'arg', text });
      i = j + 1;
    } else if (c === '$') {
      let j = i + 1;
      while (j < line.length && /[\w:?]/.test(line[j]!)) j++;
      tokens.push({ type: 'var', text: line.slice(i, j) });
      i = j;
    } else if (OPERATORS.has(c)) {
      tokens.push({ type: 'op', text: c });
      i++;
    } else {
      let j = i;
      while (
        j < line.length &&
        !BLANK.test(line[j]!) &&
        !OPERATORS.has(line[j]!) &&
        !SINGLE.has(line[j]!) &&
        !DOUBLE.has(line[j]!)
      )
        j++;
      const text = line.slice(i, j);
      tokens.push({
        type: /[$`]/.test(text) ? 'expanding' : /^-[A-Za-z]/.test(text) ? 'param' : 'arg',
        text,
      });
      i = j;
    }
  }
  return tokens;
}
