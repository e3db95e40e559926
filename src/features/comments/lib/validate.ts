import { commentBodyTextSchema } from '../../../contract/comments';
import { charCount, COMMENT_MAX_CHARS, displayNameSchema, stripControlChars } from '../../../contract/text';
import { pluralize } from '../../../lib/format';

/*
 * The same checks the backend makes, made first in the UI so the person
 * hears about a problem next to the field, with their text untouched. The
 * contract's schemas are the single source of the rules and the messages.
 */

export { COMMENT_MAX_CHARS };

/** Characters as the counter shows them: code points, after control characters are stripped. */
export function commentLength(text: string): number {
  return charCount(stripControlChars(text));
}

/** The text as the backend will store it (control characters stripped, not trimmed). */
export function cleanCommentBody(text: string): string {
  return stripControlChars(text);
}

/** null when the backend will accept it; otherwise why not, in words. */
export function commentBodyError(text: string): string | null {
  const result = commentBodyTextSchema.safeParse(text);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This comment cannot be posted.');
}

export function displayNameError(name: string): string | null {
  const result = displayNameSchema.safeParse(name);
  return result.success ? null : (result.error.issues[0]?.message ?? 'This name cannot be used.');
}

/** How the counter reads, and whether to announce it (only near the limit and over it). */
export function counterStatus(length: number, max = COMMENT_MAX_CHARS) {
  const left = max - length;
  return {
    left,
    over: left < 0,
    near: left <= Math.max(100, Math.round(max * 0.05)),
  };
}

/** Announcement steps near the limit: say something only when crossing one of these. */
export function counterAnnouncement(length: number, max = COMMENT_MAX_CHARS): string | null {
  const left = max - length;
  if (left < 0) return `${pluralize(-left, 'character')} over the limit`;
  for (const step of [0, 10, 50, 100, 250]) {
    if (left <= step) return step === 0 ? 'Character limit reached' : `${step} characters left`;
  }
  return null;
}
