// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { LINK_REL, plainExcerpt, renderCommentMarkdown, renderReviewMarkdown } from './markdown';

function dom(html: string): HTMLDivElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

const tags = (html: string) => Array.from(dom(html).querySelectorAll('*'), (e) => e.localName);

describe('renderCommentMarkdown', () => {
  it('renders paragraphs, line breaks, emphasis, strong, quotes, lists and code', () => {
    const html = renderCommentMarkdown(
      'First *soft* and **loud**\nsame paragraph\n\n> quoted\n\n- one\n- two\n\n3. three\n4. four\n\nUse `x < y` here\n\n```ts\nconst a = 1 < 2;\n```',
    );
    const root = dom(html);
    expect(root.querySelector('p em')?.textContent).toBe('soft');
    expect(root.querySelector('p strong')?.textContent).toBe('loud');
    expect(root.querySelector('p br')).not.toBeNull();
    expect(root.querySelector('blockquote p')?.textContent).toBe('quoted');
    expect(Array.from(root.querySelectorAll('ul li'), (li) => li.textContent)).toEqual(['one', 'two']);
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(root.querySelector('p code')?.textContent).toBe('x < y');
    const block = root.querySelector('pre code');
    expect(block?.textContent).toBe('const a = 1 < 2;\n');
    expect(block?.className).toBe('language-ts');
  });

  it('shows headings, tables and horizontal rules as the text that was typed', () => {
    const html = renderCommentMarkdown('# Not a heading\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---');
    expect(tags(html)).not.toEqual(expect.arrayContaining(['h1']));
    for (const tag of ['h1', 'h2', 'table', 'hr']) expect(tags(html)).not.toContain(tag);
    const text = dom(html).textContent ?? '';
    expect(text).toContain('# Not a heading');
    expect(text).toContain('| 1 | 2 |');
    expect(text).toContain('---');
  });

  it('shows raw HTML as text instead of dropping or obeying it', () => {
    const html = renderCommentMarkdown('I <b>mean</b> it <script>alert(1)</script> &amp; more');
    const root = dom(html);
    expect(root.querySelector('b, script')).toBeNull();
    expect(root.textContent.trim()).toBe('I <b>mean</b> it <script>alert(1)</script> & more');
  });

  it('renders ||spoilers|| as marked spans that can hold inline markup', () => {
    const root = dom(renderCommentMarkdown('The ending: ||she **leaves**|| and a || b is not one'));
    const spoilers = root.querySelectorAll('span.spoiler');
    expect(spoilers).toHaveLength(1);
    expect(spoilers[0]?.getAttribute('data-spoiler')).toBe('');
    expect(spoilers[0]?.querySelector('strong')?.textContent).toBe('leaves');
    expect(root.textContent).toContain('a || b is not one');
  });

  it('gives http(s) links rel and a new tab, and mailto links rel only', () => {
    const root = dom(
      renderCommentMarkdown(
        '[site](https://example.com/a?b=1&c=2 "Title") and [mail](mailto:me@example.com) and www.example.org',
      ),
    );
    const [site, mail, bare] = Array.from(root.querySelectorAll('a'));
    expect(site?.getAttribute('href')).toBe('https://example.com/a?b=1&c=2');
    expect(site?.getAttribute('title')).toBe('Title');
    expect(site?.getAttribute('rel')).toBe(LINK_REL);
    expect(site?.getAttribute('target')).toBe('_blank');
    expect(mail?.getAttribute('href')).toBe('mailto:me@example.com');
    expect(mail?.getAttribute('rel')).toBe(LINK_REL);
    expect(mail?.hasAttribute('target')).toBe(false);
    expect(bare?.getAttribute('href')).toBe('http://www.example.org/');
  });

  it('removes javascript:, data: and relative links but keeps their text', () => {
    const root = dom(
      renderCommentMarkdown(
        '[one](javascript:alert(1)) [two](data:text/html,hi) [three](/relative) [four][r]\n\n[r]: JAVASCRIPT:alert(1)',
      ),
    );
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.textContent.trim()).toBe('one two three four');
  });

  it('turns images into links (or text when the URL is unsafe)', () => {
    const root = dom(
      renderCommentMarkdown('![a poster](https://example.com/p.png) ![bad](javascript:alert(1))'),
    );
    expect(root.querySelector('img')).toBeNull();
    const link = root.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://example.com/p.png');
    expect(link?.textContent).toBe('a poster');
    expect(root.textContent.trim()).toBe('a poster bad');
  });

  it('renders task list items as text, not form controls', () => {
    const root = dom(renderCommentMarkdown('- [x] done\n- [ ] open'));
    expect(root.querySelector('input')).toBeNull();
    expect(Array.from(root.querySelectorAll('li'), (li) => li.textContent)).toEqual(['[x] done', '[ ] open']);
  });
});

describe('renderReviewMarkdown', () => {
  it('renders headings as h2 to h4 under the page title, rules, and keeps single line breaks soft', () => {
    const html = renderReviewMarkdown(
      '# Part one\n\n## Part two\n\n### Detail\n\n#### Deeper\n\ntext\nmore\n\n---\n\nend',
    );
    expect(tags(html).filter((t) => /^h\d$/.test(t))).toEqual(['h2', 'h2', 'h3', 'h4']);
    expect(tags(html)).toContain('hr');
    expect(tags(html)).not.toContain('br');
  });

  it('allows no images or raw HTML either', () => {
    const root = dom(
      renderReviewMarkdown(
        '![still](https://example.com/s.png)\n\n<iframe src="https://example.com"></iframe>',
      ),
    );
    expect(root.querySelector('img, iframe')).toBeNull();
    expect(root.textContent).toContain('<iframe src="https://example.com"></iframe>');
  });
});

describe('plainExcerpt', () => {
  it('strips markup, hides spoilers and keeps link text', () => {
    expect(
      plainExcerpt('**Loved** it. ||Rosa dies|| but see [my notes](https://example.com).\n\n> quoted', 200),
    ).toBe('Loved it. [spoiler] but see my notes. quoted');
  });

  it('never leaks a spoiler nested in other markup', () => {
    const excerpt = plainExcerpt('- *a ||secret ending|| b*\n- [link ||hidden||](https://example.com)', 200);
    expect(excerpt).not.toMatch(/secret|hidden/);
    expect(excerpt).toBe('a [spoiler] b link [spoiler]');
  });

  it('decodes entities and keeps typed HTML as text', () => {
    expect(plainExcerpt('AT&amp;T says <b>hi</b> &#x1F600;', 100)).toBe('AT&T says <b>hi</b> 😀');
  });

  it('cuts at a word boundary within the limit, counting code points', () => {
    const excerpt = plainExcerpt('The quick brown fox jumps over the lazy dog', 20);
    expect(excerpt).toBe('The quick brown fox…');
    expect(Array.from(excerpt).length).toBeLessThanOrEqual(20);
    const emoji = plainExcerpt('😀'.repeat(30), 10);
    expect(Array.from(emoji)).toHaveLength(10);
    expect(emoji.endsWith('…')).toBe(true);
  });

  it('leaves short text whole', () => {
    expect(plainExcerpt('  Short   and\n\nsweet ', 50)).toBe('Short and sweet');
  });
});
