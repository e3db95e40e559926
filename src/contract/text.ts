import { z } from './zod';

/**
 * Text rules shared by the client (to warn early) and the backend (to enforce).
 * Control characters are stripped, except tab and newline; lone UTF-16
 * surrogates are rejected, because they cannot be stored or sent as UTF-8.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function stripControlChars(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '');
}

export function hasLoneSurrogate(text: string): boolean {
  return LONE_SURROGATE.test(text);
}

/** Number of user-perceived characters (code points), as the counter shows. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * What is left when whitespace and invisible format characters (zero-width
 * space and joiner, BOM, bidi marks) are removed: a comment made only of those
 * renders as nothing, so it counts as empty.
 */
export function visibleText(text: string): string {
  return text.replace(/[\s\p{Cf}]/gu, '');
}

export const COMMENT_MAX_CHARS = 5000;
export const DISPLAY_NAME_MAX_CHARS = 60;

/**
 * A free text field: cleaned of control characters, then checked.
 * `singleLine` (names) turns tabs and line breaks into single spaces.
 */
export function cleanText(opts: {
  label: string;
  max: number;
  min?: number;
  trim?: boolean;
  singleLine?: boolean;
}) {
  const { label, max, min = 1 } = opts;
  return z
    .string({ error: `${label} must be text.` })
    .refine((s) => !hasLoneSurrogate(s), {
      message: `${label} contains a broken character (a lone surrogate). Remove it and try again.`,
    })
    .transform((s) => {
      const stripped = stripControlChars(s);
      const cleaned = opts.singleLine ? stripped.replace(/\s+/g, ' ') : stripped;
      return opts.trim === false ? cleaned : cleaned.trim();
    })
    .refine((s) => charCount(visibleText(s)) >= min, {
      message: min === 1 ? `${label} cannot be empty.` : `${label} needs at least ${min} characters.`,
    })
    .refine((s) => charCount(s) <= max, {
      message: `${label} is too long: the limit is ${max.toLocaleString('en')} characters.`,
    });
}

export const displayNameSchema = cleanText({
  label: 'Display name',
  max: DISPLAY_NAME_MAX_CHARS,
  singleLine: true,
});
