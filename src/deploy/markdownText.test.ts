// Names in the Markdown checklist stay text: rendered by a real CommonMark parser (markdown-it,
// as GitHub-style viewers do), a name never becomes HTML, a link, emphasis or a heading, and a
// backtick run never closes its code block.
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { updatePlan, updateSite } from '../model/edits.ts';
import { checklist } from './checklist.ts';
import { checklistToMarkdown } from './markdown.ts';
import { codeBlock, codeSpan, markdownText } from './markdownText.ts';
import { figure1 } from './test-plans.ts';

// html: true is the dangerous setting many viewers use: raw HTML in the source would pass through.
const render = (source: string) => new MarkdownIt({ html: true, linkify: false }).render(source);

describe('Markdown escaping of names', () => {
  const hostile = '<img src=x onerror=alert(2)>';
  const p = updatePlan(updateSite(figure1(), 'hq', { name: hostile }), {
    name: '# **Evil** [click](javascript:alert(1)) `x`',
  });
  const source = checklistToMarkdown(checklist(p), new Map(p.servers.map((s) => [s.id, s.name])));
  const html = render(source);

  it('keeps markup in a site name as text in the checklist heading', () => {
    expect(source).toContain('## Install: \\<img src=x onerror=alert(2)\\>');
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
  });

  it('keeps a plan name from becoming a link, emphasis or a second heading', () => {
    expect(html).not.toMatch(/<a |<strong>Evil|<code>x<\/code>/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Deployment checklist: # **Evil** [click](javascript:alert(1)) `x`</h1>');
  });

  it('neutralises what would start a block at the start of a line', () => {
    expect(render(markdownText('# heading')).trim()).toBe('<p># heading</p>');
    expect(render(markdownText('- item')).trim()).toBe('<p>- item</p>');
    expect(render(markdownText('12. item')).trim()).toBe('<p>12. item</p>');
    expect(render(markdownText('> quote\nsecond line')).trim()).toBe('<p>&gt; quote second line</p>');
    expect(render(markdownText('&lt; &amp;')).trim()).toBe('<p>&amp;lt; &amp;amp;</p>');
  });

  it('fences code and code spans with more backticks than they hold', () => {
    const code = 'Setup.com /OrganizationName:"A```\n<b>bold</b>"';
    expect(render(codeBlock(code, 'cmd'))).toBe(
      `<pre><code class="language-cmd">${code.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}\n</code></pre>\n`,
    );
    expect(render(codeSpan('`a`')).trim()).toBe('<p><code>`a`</code></p>');
    expect(render(codeSpan('<x>')).trim()).toBe('<p><code>&lt;x&gt;</code></p>');
  });
});

describe('names in the checklist sentences', () => {
  it('sets off a right-to-left site name in its section title, and leaves plain names alone', () => {
    const p = updateSite(figure1(), 'hq', { name: 'תל אביב' });
    const titles = checklist(p).sections.map((s) => s.title);
    expect(titles).toContain('Install: \u2068תל אביב\u2069');
    expect(checklist(figure1()).sections.map((s) => s.title)).toContain('Install: Head office');
  });
});
