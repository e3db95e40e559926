import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import {
  Marked,
  type RendererObject,
  type Token,
  type TokenizerAndRendererExtension,
  type TokenizerObject,
  type Tokens,
} from 'marked';

/*
 * Markdown for review bodies and comments. The store keeps the source as
 * typed; this turns it into HTML at render time, and then sanitizes that HTML
 * with DOMPurify against an explicit allowlist (defence in depth: the markdown
 * renderer already refuses raw HTML and unsafe links).
 *
 * Comment syntax (a subset): paragraphs (a single line break is kept),
 * *emphasis*, **strong**, ~~strikethrough~~, [links](https://…) and bare
 * URLs, > quotes, - and 1. lists, `inline code`, fenced or indented code
 * blocks, and spoilers written `||like this||` (inline; they may hold other
 * inline markup, not paragraphs). Spoilers render as
 * `<span class="spoiler" data-spoiler="">…</span>`; the UI hides them and adds
 * the reveal button semantics.
 * Not supported, shown as typed: headings, tables, horizontal rules and any
 * raw HTML (escaped as text, never dropped). Images become links.
 * Reviews add headings (rendered h2–h4) and horizontal rules.
 *
 * Links: only http, https and mailto. Every link gets
 * rel="nofollow ugc noopener noreferrer"; http(s) links open in a new tab.
 * Any other link (javascript:, data:, relative, …) is removed and its text kept.
 */

export const LINK_REL = 'nofollow ugc noopener noreferrer';
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const NEW_TAB_PROTOCOLS = new Set(['http:', 'https:']);

/** Every element a rendered comment may contain (the comment renderer rebuilds only these). */
export const COMMENT_TAGS = [
  'p',
  'br',
  'em',
  'strong',
  'del',
  'a',
  'blockquote',
  'ul',
  'ol',
  'li',
  'code',
  'pre',
  'span',
];
const REVIEW_TAGS = [...COMMENT_TAGS, 'h2', 'h3', 'h4', 'hr'];
/** rel and target are not here: the sanitizer sets them itself on links. */
const ALLOWED_ATTR = ['href', 'title', 'class', 'start', 'data-spoiler'];

/** The allowlists, for tests and for styling: nothing else can appear in rendered markdown. */
export const ALLOWED_TAGS: { readonly comment: readonly string[]; readonly review: readonly string[] } = {
  comment: COMMENT_TAGS,
  review: REVIEW_TAGS,
};
export const ALLOWED_ATTRIBUTES: readonly string[] = [...ALLOWED_ATTR, 'rel', 'target'];
const CODE_CLASS = /^language-[A-Za-z0-9_+#.-]{1,40}$/;

// ------------------------------------------------------------------ helpers

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** The URL as the browser will resolve it, if it is an absolute http(s)/mailto URL; null otherwise. */
export function safeLinkUrl(href: string): URL | null {
  let url: URL;
  try {
    // No base: relative references fail to parse and are refused with the rest.
    url = new URL(href.trim());
  } catch {
    return null;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url : null;
}

function linkHtml(href: string, title: string | null | undefined, inner: string): string {
  const url = safeLinkUrl(href);
  if (!url) return inner;
  const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
  return `<a href="${escapeHtml(url.href)}"${titleAttr}>${inner}</a>`;
}

// ----------------------------------------------------------------- markdown

interface SpoilerToken extends Tokens.Generic {
  type: 'spoiler';
  text: string;
  tokens: Token[];
}

const SPOILER = /^\|\|(?=\S)([\s\S]*?\S)\|\|/;

const spoilerExtension: TokenizerAndRendererExtension = {
  name: 'spoiler',
  level: 'inline',
  start(src) {
    const index = src.indexOf('||');
    return index === -1 ? undefined : index;
  },
  tokenizer(src) {
    const match = SPOILER.exec(src);
    if (!match) return undefined;
    const text = match[1] ?? '';
    const token: SpoilerToken = {
      type: 'spoiler',
      raw: match[0],
      text,
      tokens: this.lexer.inlineTokens(text),
    };
    return token;
  },
  renderer(token) {
    return `<span class="spoiler" data-spoiler="">${this.parser.parseInline(token.tokens ?? [])}</span>`;
  },
};

/** Tokenizers that return nothing make marked treat the input as plain text. */
const off = () => undefined;

const commonTokenizer: TokenizerObject = { html: off, tag: off, table: off };

const commonRenderer: RendererObject = {
  link({ href, title, tokens }) {
    return linkHtml(href, title, this.parser.parseInline(tokens));
  },
  image({ href, title, text, tokens }) {
    const alt = tokens.length > 0 ? this.parser.parseInline(tokens) : escapeHtml(text);
    return linkHtml(href, title, alt || escapeHtml(href));
  },
  checkbox({ checked }) {
    return checked ? '[x] ' : '[ ] ';
  },
};

const commentMarked = new Marked(
  { gfm: true, breaks: true, async: false },
  {
    extensions: [spoilerExtension],
    tokenizer: { ...commonTokenizer, heading: off, lheading: off, hr: off },
    renderer: commonRenderer,
  },
);

const reviewMarked = new Marked(
  { gfm: true, breaks: false, async: false },
  {
    extensions: [spoilerExtension],
    tokenizer: commonTokenizer,
    renderer: {
      ...commonRenderer,
      heading({ tokens, depth }) {
        // The page title is the h1; a review's own headings stay below it.
        const level = Math.min(4, Math.max(2, depth));
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
  },
);

// ---------------------------------------------------------------- sanitizer

export type MarkdownProfile = 'comment' | 'review';

const CONFIGS: Record<MarkdownProfile, Config> = {
  comment: { ALLOWED_TAGS: COMMENT_TAGS, ALLOWED_ATTR },
  review: { ALLOWED_TAGS: REVIEW_TAGS, ALLOWED_ATTR },
};
const SHARED_CONFIG: Config = {
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  ALLOWED_URI_REGEXP: /^(?:https?|mailto):/i,
  // DOMPurify checks other attribute values against the URI pattern too, unless listed as URI-safe.
  ADD_URI_SAFE_ATTR: ['start', 'data-spoiler'],
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

let purifier: Purifier | null | undefined;

function keepOnly(node: Element): void {
  if (node.tagName === 'A') {
    const url = safeLinkUrl(node.getAttribute('href') ?? '');
    if (url) {
      node.setAttribute('rel', LINK_REL);
      if (NEW_TAB_PROTOCOLS.has(url.protocol)) node.setAttribute('target', '_blank');
    } else {
      node.removeAttribute('href');
    }
  }
  const isSpoiler = node.tagName === 'SPAN' && node.getAttribute('class') === 'spoiler';
  const className = node.getAttribute('class');
  if (className !== null && !isSpoiler && !(node.tagName === 'CODE' && CODE_CLASS.test(className))) {
    node.removeAttribute('class');
  }
  if (node.hasAttribute('data-spoiler') && !isSpoiler) node.removeAttribute('data-spoiler');
  if (
    node.hasAttribute('start') &&
    !(node.tagName === 'OL' && /^\d{1,9}$/.test(node.getAttribute('start') ?? ''))
  ) {
    node.removeAttribute('start');
  }
}

function getPurifier(): Purifier | null {
  if (purifier !== undefined) return purifier;
  if (typeof window === 'undefined') return null;
  const instance = DOMPurify(window);
  if (!instance.isSupported) return (purifier = null);
  instance.addHook('afterSanitizeAttributes', keepOnly);
  return (purifier = instance);
}

/**
 * Sanitize HTML against the allowlist of a profile. Links without a safe URL
 * are unwrapped (their text stays). Without a DOM (Node without jsdom) the
 * input is returned escaped, as text.
 */
export function sanitizeHtml(html: string, profile: MarkdownProfile): string {
  const purify = getPurifier();
  if (!purify) return escapeHtml(html);
  const fragment = purify.sanitize(html, {
    ...SHARED_CONFIG,
    ...CONFIGS[profile],
    RETURN_DOM_FRAGMENT: true,
  });
  for (const anchor of Array.from(fragment.querySelectorAll('a:not([href])'))) {
    anchor.replaceWith(...Array.from(anchor.childNodes));
  }
  const container = fragment.ownerDocument.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}

/** Full markdown for review bodies: headings h2–h4, hr, and everything comments have. */
export function renderReviewMarkdown(src: string): string {
  return sanitizeHtml(reviewMarked.parse(src, { async: false }), 'review');
}

/** The comment subset (see the top of this file). */
export function renderCommentMarkdown(src: string): string {
  return sanitizeHtml(commentMarked.parse(src, { async: false }), 'comment');
}

// --------------------------------------------------------------- plain text

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)
        ? String.fromCodePoint(code)
        : '\ufffd';
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? whole;
  });
}

function plainOf(tokens: readonly Token[]): string {
  let out = '';
  for (const token of tokens) {
    switch (token.type) {
      case 'spoiler':
        out += '[spoiler]';
        break;
      case 'space':
      case 'br':
      case 'hr':
      case 'checkbox':
      case 'def':
        out += ' ';
        break;
      case 'code':
      case 'codespan':
        out += ` ${String(token.text)} `;
        break;
      case 'list':
        out += ` ${(token as Tokens.List).items.map((item) => plainOf(item.tokens)).join(' ')} `;
        break;
      default: {
        const { tokens: children, text } = token as Tokens.Generic;
        if (children && children.length > 0) out += plainOf(children);
        else if (typeof text === 'string') out += decodeEntities(text);
      }
    }
    if (['paragraph', 'heading', 'blockquote', 'list_item', 'code'].includes(token.type)) out += ' ';
  }
  return out;
}

/**
 * Markdown as one line of plain text (not HTML: escape it when rendering),
 * spoilers replaced by "[spoiler]", cut to at most `maxChars` characters
 * (code points) at a word boundary when one is near, with "…".
 */
export function plainExcerpt(src: string, maxChars: number): string {
  const text = plainOf(commentMarked.lexer(src)).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  if (maxChars <= 1) return chars.slice(0, Math.max(0, maxChars)).join('');
  const cut = chars.slice(0, maxChars - 1).join('');
  const endsWord = chars[maxChars - 1] === ' ';
  const space = cut.lastIndexOf(' ');
  const trimmed = endsWord || space < cut.length * 0.6 ? cut : cut.slice(0, space);
  return `${trimmed.trimEnd()}…`;
}
