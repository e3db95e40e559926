import type { Comment } from '../../../contract/comments';
import { formatCount, pluralize } from '../../../lib/format';

/*
 * Words for comments. The accessible name of each comment says where it sits
 * in the conversation, as Coral does: "Comment #12 by Ines, reply to Tobias,
 * 3 replies". Screen reader users hear who answers whom without counting
 * indentation.
 */

export function replyCountText(count: number): string {
  return pluralize(count, 'reply', 'replies');
}

/** A moderator hid it and this reader may not see it: body and author are withheld. */
export function isHiddenPlaceholder(comment: Comment): boolean {
  return comment.hidden === true && !comment.deleted && comment.body === '' && comment.author.name === '';
}

export function commentLabel(
  comment: Comment,
  parentName: string | null,
  isReply: boolean,
  { isNew = false }: { isNew?: boolean } = {},
): string {
  const parts = [
    comment.deleted
      ? `Deleted comment #${comment.number}`
      : isHiddenPlaceholder(comment)
        ? `Hidden comment #${comment.number}`
        : `Comment #${comment.number} by ${comment.author.name}`,
  ];
  if (isReply) parts.push(parentName ? `reply to ${parentName}` : 'reply to a deleted comment');
  if (comment.replyCount > 0) parts.push(replyCountText(comment.replyCount));
  if (comment.hidden && !isHiddenPlaceholder(comment)) parts.push('hidden by a moderator');
  if (isNew) parts.push('new');
  return parts.join(', ');
}

export function moreRepliesText(remaining: number): string {
  return remaining === 1 ? '1 more reply' : `${formatCount(remaining)} more replies`;
}

export function hiddenRepliesText(count: number): string {
  return count === 1 ? '1 reply hidden' : `${formatCount(count)} replies hidden`;
}

/** "Edit (12 min left)"; under a minute says so. */
export function editTimeLeftText(editableUntil: string, now: number): string | null {
  const ms = Date.parse(editableUntil) - now;
  if (!(ms > 0)) return null;
  if (ms < 60_000) return 'less than a minute left';
  return `${Math.ceil(ms / 60_000)} min left`;
}

export function authorKindText(comment: Comment): string {
  if (comment.author.kind === 'guest') return 'guest';
  if (comment.author.role === 'moderator') return 'moderator';
  return 'member';
}

/** A write answered 401 `session-expired`: what the reader sees where the text is kept. */
export const SESSION_EXPIRED_MESSAGE = 'Your session expired. Sign in again to post — your text is kept.';
