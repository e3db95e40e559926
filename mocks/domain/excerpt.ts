/*
 * One-line plain-text excerpts of comment markdown, for notifications, emails
 * and profiles. Spoilers (`||like this||`, the syntax the renderer uses) become
 * "[spoiler]" before anything is cut, so no part of one can leak. The result is
 * plain text: escape it wherever it goes into HTML.
 */

const SPOILER = /\|\|(?=\S)[\s\S]*?\S\|\|/g;

export const EXCERPT_MAX_CHARS = 160;

function stripMarkdown(text: string): string {
  return (
    text
      // fenced code markers and block quote / list markers at line starts
      .replace(/^\s*(```+|~~~+).*$/gm, ' ')
      .replace(/^\s{0,3}>+\s?/gm, '')
      .replace(/^\s*(?:[-*+]|\d+[.)])\s+/gm, '')
      // [text](url) → text; <https://…> autolinks → the address
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
      // emphasis and code span markers
      .replace(/(\*\*|__|\*|_|`+|~~)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
  );
}

export function plainExcerpt(markdown: string, maxChars = EXCERPT_MAX_CHARS): string {
  const text = stripMarkdown(markdown.replace(SPOILER, '[spoiler]')).replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  const cut = chars.slice(0, maxChars - 1).join('');
  const space = cut.lastIndexOf(' ');
  const trimmed = space >= cut.length * 0.6 ? cut.slice(0, space) : cut;
  return `${trimmed.trimEnd()}…`;
}
