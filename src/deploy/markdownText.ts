// Plan text inside Markdown: names come from whoever wrote the plan, so they are escaped to stay
// text (`<img onerror>` is not HTML, `**` is not emphasis, a leading `#` is not a heading), and
// code is fenced with more backticks than it holds, so no name can close its block.

/** Characters with an inline meaning in CommonMark or GitHub Markdown. */
const INLINE = /[\\`*_[\]<>&|~]/g;

/**
 * Text for one line of Markdown (a heading, a list item, a paragraph line): inline markup escaped,
 * line breaks turned into spaces, and what would start a block at the line's start neutralised.
 */
export function markdownText(text: string): string {
  const line = text.replace(/\r\n?|\n/g, ' ').replace(INLINE, (c) => `\\${c}`);
  return line.replace(/^(\s*)([#+=-]|\d{1,9}(?=[.)]))/, (whole, space: string, lead: string) =>
    /\d/.test(lead) ? `${space}${lead}\\` : `${space}\\${lead}`,
  );
}

/** The longest run of backticks in the text. */
function longestRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const c of text) {
    run = c === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** A code span that holds any text, backticks included. */
export function codeSpan(text: string): string {
  const ticks = '`'.repeat(longestRun(text) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${ticks}${pad}${text.replace(/\r\n?|\n/g, ' ')}${pad}${ticks}`;
}

/** A fenced code block whose fence is longer than any backtick run in the code. */
export function codeBlock(code: string, info = ''): string {
  const fence = '`'.repeat(Math.max(3, longestRun(code) + 1));
  return [`${fence}${info}`, code, fence].join('\n');
}
