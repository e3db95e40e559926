// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { HOSTILE_CORPUS } from './hostile-corpus';
import {
  ALLOWED_ATTRIBUTES,
  ALLOWED_TAGS,
  LINK_REL,
  renderCommentMarkdown,
  renderReviewMarkdown,
  sanitizeHtml,
  type MarkdownProfile,
} from './markdown';

const RENDERERS: Record<MarkdownProfile, (src: string) => string> = {
  comment: renderCommentMarkdown,
  review: renderReviewMarkdown,
};

const FORBIDDEN_ELEMENTS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'svg',
  'math',
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'meta',
  'base',
  'link',
  'img',
  'picture',
  'source',
  'video',
  'audio',
  'template',
  'noscript',
  'title',
  'xmp',
  'plaintext',
  'noembed',
  'details',
  'marquee',
  'table',
  'use',
  'animate',
  'set',
  'foreignobject',
];
const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'background',
  'poster',
  'data',
  'ping',
];
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

function parse(html: string): HTMLDivElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

/** Every property that makes rendered markdown safe to insert with innerHTML. */
function expectSafe(html: string, profile: MarkdownProfile): HTMLDivElement {
  const root = parse(html);
  for (const tag of FORBIDDEN_ELEMENTS) expect(root.getElementsByTagName(tag), tag).toHaveLength(0);
  for (const element of Array.from(root.querySelectorAll('*'))) {
    expect(ALLOWED_TAGS[profile]).toContain(element.localName);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      expect(name.startsWith('on'), `event handler ${name}`).toBe(false);
      expect(name).not.toBe('style');
      expect(ALLOWED_ATTRIBUTES).toContain(name);
      if (URL_ATTRIBUTES.includes(name)) {
        expect(SAFE_PROTOCOLS.has(new URL(attribute.value).protocol), `${name}="${attribute.value}"`).toBe(
          true,
        );
      }
    }
  }
  for (const anchor of Array.from(root.querySelectorAll('a'))) {
    expect(anchor.hasAttribute('href')).toBe(true);
    expect(anchor.getAttribute('rel')).toBe(LINK_REL);
    const protocol = new URL(anchor.getAttribute('href') ?? '').protocol;
    expect(anchor.getAttribute('target')).toBe(protocol === 'mailto:' ? null : '_blank');
  }
  return root;
}

describe.each(['comment', 'review'] as const)('%s renderer against the hostile corpus', (profile) => {
  const render = RENDERERS[profile];

  it.each(HOSTILE_CORPUS.map((p) => [p.id, p.input] as const))('%s', (_id, input) => {
    const html = render(input);
    const root = expectSafe(html, profile);

    // Parsing and serialising again gives the same markup (no mutation on the way into the page).
    expect(root.innerHTML).toBe(html);
    // Sanitizing the output again changes nothing.
    expect(sanitizeHtml(html, profile)).toBe(html);
    // Decoded entities in the visible text must not turn into markup when that text is rendered again.
    const text = root.textContent ?? '';
    const again = render(text);
    expectSafe(again, profile);
    expect(render(text)).toBe(again);
  });
});

describe('the hostile corpus', () => {
  it('holds at least 150 distinct payloads across every category', () => {
    expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(HOSTILE_CORPUS.map((p) => p.id)).size).toBe(HOSTILE_CORPUS.length);
    expect(new Set(HOSTILE_CORPUS.map((p) => p.input)).size).toBe(HOSTILE_CORPUS.length);
    expect(new Set(HOSTILE_CORPUS.map((p) => p.category))).toEqual(
      new Set(['scheme', 'html', 'mxss', 'markdown', 'attribute', 'unicode', 'style', 'comment']),
    );
  });

  it('keeps the typed text of raw HTML visible instead of dropping it', () => {
    const root = parse(renderCommentMarkdown('<img src=x onerror=alert(1)> and <script>alert(1)</script>'));
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
    expect(root.textContent).toContain('<script>alert(1)</script>');
  });
});
